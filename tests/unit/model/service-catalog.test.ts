import { describe, expect, it } from 'vitest';
import { servicesByCategory } from '../../../src/lib/model/service-catalog.ts';
import { fixtureModel } from '../helpers/fixture.ts';

describe('service catalog grouping', () => {
  it('groups services under their category, in catalog order, leaving out empty ones', async () => {
    const model = await fixtureModel();
    const groups = servicesByCategory(model.services);
    expect(groups.map((g) => g.category.title)).toEqual(['Operations', 'Resilience']);
    expect(groups.map((g) => g.services.map((s) => s.id))).toEqual([
      model.services.filter((s) => s.data.category === 'operations').map((s) => s.id),
      ['backup'],
    ]);
  });

  it('has no groups for an empty catalog', () => {
    expect(servicesByCategory([])).toEqual([]);
  });
});
