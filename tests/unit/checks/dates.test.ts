import { describe, expect, it } from 'vitest';
import { runbookDates } from '../../../src/lib/checks/dates.ts';
import { fixtureModel, TODAY } from '../helpers/fixture.ts';

async function restoreDrill(change: Record<string, string | undefined>) {
  const model = await fixtureModel((raw) => {
    const runbook = raw.runbooks.find((r) => r.id === 'restore-drill')!;
    Object.assign(runbook.data, change);
  });
  return model.runbooksById.get('restore-drill')!;
}

const rules = async (change: Record<string, string | undefined>) =>
  runbookDates(await restoreDrill(change), TODAY).map((p) => [p.rule, p.severity, p.path[0]]);

describe('runbook dates (today 2026-11-26; review every 12 months, test every 3)', () => {
  it('is quiet when both are within their cycle', async () => {
    expect(await rules({ last_reviewed: '2026-06-01', last_tested: '2026-10-15' })).toEqual([]);
  });

  it('rejects dates in the future', async () => {
    expect(await rules({ last_reviewed: '2026-11-27', last_tested: '2027-01-01' })).toEqual([
      ['dates/future', 'error', 'last_reviewed'],
      ['dates/future', 'error', 'last_tested'],
    ]);
  });

  it('warns when overdue, due within 30 days, or never tested', async () => {
    expect(await rules({ last_reviewed: '2025-11-25', last_tested: '2026-09-01' })).toEqual([
      ['runbooks/review-overdue', 'warning', 'last_reviewed'],
      ['runbooks/test-due', 'warning', 'last_tested'],
    ]);
    expect(await rules({ last_reviewed: '2025-12-26', last_tested: undefined })).toEqual([
      ['runbooks/review-due', 'warning', 'last_reviewed'],
      ['runbooks/never-tested', 'warning', 'last_tested'],
    ]);
  });

  it('treats the due day itself as due, not overdue', async () => {
    expect(await rules({ last_reviewed: '2025-11-26', last_tested: '2026-08-26' })).toEqual([
      ['runbooks/review-due', 'warning', 'last_reviewed'],
      ['runbooks/test-due', 'warning', 'last_tested'],
    ]);
  });
});
