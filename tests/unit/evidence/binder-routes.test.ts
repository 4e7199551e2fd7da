import { describe, expect, it } from 'vitest';
import { binderFrameworkIds, binderRoutes } from '../../../src/lib/evidence/binder-routes.ts';
import { fixtureModel } from '../helpers/fixture.ts';

describe('binder routes', () => {
  it('gives each client a binder for every framework it is held to', async () => {
    const model = await fixtureModel();
    expect(binderRoutes(model)).toEqual([
      { client: 'alpha-bank', framework: 'fixture-fw' },
      { client: 'beta-clinic', framework: 'fixture-fw' },
    ]);
  });

  it('builds no binder for a framework the content does not define', async () => {
    const model = await fixtureModel();
    const alpha = model.clientsById.get('alpha-bank')!;
    const held = { ...alpha, data: { ...alpha.data, frameworks: ['missing-fw', 'fixture-fw'] } };
    expect(binderFrameworkIds(model, held)).toEqual(['fixture-fw']);
    const none = { ...alpha, data: { ...alpha.data, frameworks: [] } };
    expect(binderFrameworkIds(model, none)).toEqual([]);
  });
});
