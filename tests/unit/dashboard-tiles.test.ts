import { describe, expect, it } from 'vitest';
import { buildDashboard, type Dashboard } from '../../src/lib/dashboard.ts';
import {
  dashboardTiles,
  lastMonthReportState,
  tileTone,
  unpublishedReportState,
} from '../../src/lib/dashboard-tiles.ts';
import { readFrozenStatuses } from '../../src/lib/records/frozen-report.ts';
import { EVIDENCE_FIXTURE, evidenceModel, TODAY } from './evidence/helpers.ts';

async function board(): Promise<Dashboard> {
  const model = await evidenceModel();
  return buildDashboard(model, TODAY, await readFrozenStatuses(EVIDENCE_FIXTURE, model.reports));
}

describe('dashboard tiles', () => {
  it('turns red when anything is late, amber when something is only due soon, else green', () => {
    expect(tileTone(1, 0)).toBe('bad');
    expect(tileTone(1, 5)).toBe('bad');
    expect(tileTone(0, 1)).toBe('warn');
    expect(tileTone(0, 0)).toBe('ok');
    expect(tileTone(0)).toBe('ok');
  });

  it('counts overdue policy reviews and names those due within 30 days', async () => {
    const b = await board();
    const [policies] = dashboardTiles(b, 2);
    expect(policies).toEqual({
      href: '#policies',
      value: 2,
      label: 'policy reviews overdue',
      sub: `${b.counts.policyReviewsDueSoon} due within 30 days`,
      tone: 'bad',
    });
  });

  it('says how many clients published last month and treats drafts as a look, not a failure', async () => {
    const b = await board();
    const tiles = dashboardTiles(b, 2);
    const reports = tiles.find((t) => t.href === '#reports')!;
    expect(reports.label).toBe('client missing a published Oct 2026 report');
    expect(reports.sub).toBe('1 of 2 published');
    expect(reports.tone).toBe('bad');
    const drafts = tiles.find((t) => t.href === '#drafts')!;
    expect(drafts.tone).toBe('warn');
    expect(drafts.sub).toMatch(/^1 report, \d+ polic(y|ies)$/);
  });

  it('is green when nothing is counted', async () => {
    const b = await board();
    const quiet: Dashboard = {
      ...b,
      gaps: [],
      drafts: [],
      policyDrafts: [],
      counts: { ...b.counts, matrixGaps: 0, drafts: 0 },
    };
    const tiles = dashboardTiles(quiet, 2);
    expect(tiles.find((t) => t.href === '#gaps')).toMatchObject({
      label: 'matrix coverage gaps',
      sub: '0 of 2 clients affected',
      tone: 'ok',
    });
    expect(tiles.find((t) => t.href === '#drafts')).toMatchObject({
      sub: '0 reports, 0 policies',
      tone: 'ok',
    });
  });
});

describe('last month’s report state', () => {
  it('is Published, Draft or Missing by what exists for the month', async () => {
    const b = await board();
    expect(lastMonthReportState(b, 'alpha-bank')).toEqual({ label: 'Draft', tone: 'amber' });
    expect(lastMonthReportState(b, 'beta-clinic')).toEqual({ label: 'Published', tone: 'green' });
    const none: Dashboard = { ...b, missingReports: [{ client: 'alpha-bank', name: 'Alpha' }] };
    expect(lastMonthReportState(none, 'alpha-bank')).toEqual({ label: 'Missing', tone: 'red' });
    expect(unpublishedReportState(undefined)).toEqual({ label: 'Missing', tone: 'red' });
  });
});
