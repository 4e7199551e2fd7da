import { describe, expect, it } from 'vitest';
import {
  ALL,
  clientMaySee,
  clients,
  covers,
  parseAudience,
  policyAudience,
  reportAudience,
  runbookAudience,
  serializeAudience,
  STAFF,
} from '../../../src/lib/audience/audience.ts';
import { fixtureModel } from '../helpers/fixture.ts';

describe('audiences', () => {
  it('round-trips through the meta tag and defaults to staff when unreadable', () => {
    for (const audience of [ALL, STAFF, clients('beta', 'alpha')]) {
      expect(parseAudience(serializeAudience(audience))).toEqual(audience);
    }
    expect(parseAudience('clients')).toEqual(STAFF);
    expect(parseAudience('clients ../x')).toEqual(STAFF);
    expect(parseAudience('everyone')).toEqual(STAFF);
  });

  it('lets a link stand only where every reader of the page can follow it', () => {
    expect(covers(ALL, clients('a'))).toBe(true);
    expect(covers(clients('a', 'b'), clients('a'))).toBe(true);
    expect(covers(clients('a'), clients('a', 'b'))).toBe(false);
    expect(covers(STAFF, clients('a'))).toBe(false);
    expect(covers(clients('a'), ALL)).toBe(false);
    expect(covers(STAFF, STAFF)).toBe(true);
  });

  it('keeps drafts, staff-only policies and unshared runbooks from clients', async () => {
    const model = await fixtureModel();
    const policy = (id: string) => policyAudience(model.policiesById.get(id)!);
    expect(policy('security-policy')).toEqual(ALL);
    expect(policy('technician-credentials')).toEqual(STAFF);
    expect(policy('alpha-isp')).toEqual(clients('alpha-bank'));
    expect(runbookAudience(model.runbooksById.get('restore-drill')!)).toEqual(
      clients('alpha-bank'),
    );
    expect(runbookAudience(model.runbooksById.get('credential-rotation')!)).toEqual(STAFF);
    const reports = model.reportsByClient.get('alpha-bank')!;
    expect(reports.map((r) => clientMaySee(reportAudience(r), 'alpha-bank'))).toEqual([
      true,
      true,
      false,
    ]);
    expect(clientMaySee(reportAudience(reports[0]!), 'beta-clinic')).toBe(false);
  });

  it('a draft of a client policy stays with staff', async () => {
    const model = await fixtureModel((raw) => {
      raw.policies.find((p) => p.id === 'alpha-isp')!.data.status = 'draft';
    });
    expect(policyAudience(model.policiesById.get('alpha-isp')!)).toEqual(STAFF);
  });
});
