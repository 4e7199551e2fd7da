/** Targets per tier: the catalog's, replaced by the client's tier, replaced by its contract. */
import { describe, expect, it } from 'vitest';
import { targetsFor } from '../../../src/lib/reports/targets.ts';
import type { RawContent } from '../../../src/lib/model/types.ts';
import { fixtureModel } from '../helpers/fixture.ts';

/** Gives the fixture's Standard patching tier its own KPI promises. */
function tierPromises(raw: RawContent) {
  const patching = raw.services.find((s) => s.id === 'patching')!;
  patching.data.tiers[0]!.kpis = [
    { kpi: 'critical_patch_oldest_days', target: 3, amber: 7 },
    { kpi: 'patch_compliance_pct', target: 96 },
  ];
}

async function targets(change?: (raw: RawContent) => void) {
  const model = await fixtureModel(change);
  return targetsFor(model, model.clientsById.get('alpha-bank')!);
}

describe('targets per tier', () => {
  it('uses the catalog target, labelled as such, when the tier promises nothing', async () => {
    const t = await targets();
    expect(t.get('critical_patch_oldest_days')).toMatchObject({
      source: 'catalog',
      sourceLabel: expect.stringMatching(/ catalog$/),
    });
    expect(t.get('patch_compliance_pct')).toMatchObject({ source: 'contract', target: 97 });
  });

  it('uses the tier’s target and says which tier it came from', async () => {
    const oldest = (await targets(tierPromises)).get('critical_patch_oldest_days');
    expect(oldest).toMatchObject({
      target: 3,
      amber: 7,
      source: 'tier',
      tier: 'standard',
      sourceLabel: expect.stringMatching(/^Standard tier of /),
    });
    expect(JSON.parse(JSON.stringify(oldest))).toEqual(oldest);
  });

  it('lets the contract replace the tier', async () => {
    const compliance = (await targets(tierPromises)).get('patch_compliance_pct');
    expect(compliance).toMatchObject({ target: 97, source: 'contract' });
    expect(compliance!.sourceLabel).toMatch(/^contract /);
  });

  it('ignores the promises of a tier the client is not on', async () => {
    const t = await targets((raw) => {
      tierPromises(raw);
      const patching = raw.services.find((s) => s.id === 'patching')!;
      patching.data.tiers.push({ ...patching.data.tiers[0]!, id: 'premium', name: 'Premium' });
      patching.data.tiers[0]!.kpis = [];
    });
    expect(t.get('critical_patch_oldest_days')!.source).toBe('catalog');
  });
});
