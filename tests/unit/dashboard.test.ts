import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/lib/dashboard.ts';
import { clientBinders } from '../../src/lib/evidence/binder.ts';
import type { Model } from '../../src/lib/model/types.ts';
import { readFrozenStatuses } from '../../src/lib/records/frozen-report.ts';
import { clientOf, EVIDENCE_FIXTURE, evidenceModel, TODAY } from './evidence/helpers.ts';

/** The dashboard of `model` on `day`, published reports judged by their snapshots. */
async function dashboard(model: Model, day = TODAY) {
  return buildDashboard(model, day, await readFrozenStatuses(EVIDENCE_FIXTURE, model.reports));
}

describe('staff dashboard', () => {
  it('lists overdue policy reviews, most overdue first, with drafts left out', async () => {
    const board = await dashboard(await evidenceModel());
    expect(board.policyReviews.map((p) => [p.policy.id, p.due.state])).toEqual([
      ['technician-credentials', 'overdue'],
      ['change-policy', 'overdue'],
    ]);
    expect(board.counts.policyReviewsOverdue).toBe(2);
  });

  it('lists runbook tests never done or overdue, never-tested first', async () => {
    const board = await dashboard(await evidenceModel());
    expect(board.runbookTests.map((r) => [r.runbook.id, r.due.state])).toEqual([
      ['credential-rotation', 'never'],
      ['restore-drill', 'overdue'],
    ]);
    expect(board.counts.runbookTestsOverdue).toBe(2);
  });

  it("names clients without last month's published report, and the drafts", async () => {
    const board = await dashboard(await evidenceModel());
    expect(board.lastMonth).toBe('2026-10');
    expect(board.missingReports.map((m) => [m.client, m.draft?.data.period])).toEqual([
      ['alpha-bank', '2026-10'],
    ]);
    expect(board.drafts.map((r) => r.id)).toEqual(['alpha-bank/2026-10']);
  });

  it("sums each client's open evidence gaps from its binders", async () => {
    const model = await evidenceModel();
    const board = await dashboard(model);
    const alpha = board.clients.find((c) => c.client === 'alpha-bank')!;
    const binders = clientBinders(model, clientOf(model, 'alpha-bank'), TODAY);
    expect(alpha.evidenceGaps).toBe(binders.reduce((n, b) => n + b.totals.gap, 0));
    expect(alpha.evidenceGaps).toBe(2);
    expect(alpha.evidencePartial).toBe(binders.reduce((n, b) => n + b.totals.designed, 0));
    expect(alpha.evidencePartial).toBe(7);
    expect(alpha.frameworks.map((f) => f.framework)).toEqual(['fixture-fw', 'fixture-two']);
    expect(board.counts.evidenceGaps).toBe(4);
  });

  it('reports matrix gaps and the latest published status per client', async () => {
    const board = await dashboard(await evidenceModel());
    expect(board.gaps.map((g) => g.client).sort()).toEqual(['alpha-bank', 'beta-clinic']);
    const alpha = board.clients.find((c) => c.client === 'alpha-bank')!;
    expect(alpha.latest?.data.period).toBe('2026-09');
    // September's patch compliance, 96.2 %, is just short of the contract's 97 %: near target.
    expect(alpha.status).toBe('amber');
  });

  it("keeps a published report's status as frozen, whatever the targets say now", async () => {
    const model = await evidenceModel((raw) => {
      const alpha = raw.clients.find((c) => c.id === 'alpha-bank')!;
      const patching = alpha.data.services.find((s) => s.service === 'patching')!;
      patching.targets = [{ kpi: 'patch_compliance_pct', target: 96 }];
    });
    // 96.2 % now meets the contract, but September was published near target: it stays so.
    const alpha = (await dashboard(model)).clients.find((c) => c.client === 'alpha-bank')!;
    expect(alpha.status).toBe('amber');
  });

  it('refuses to guess the status of a published report without a snapshot', async () => {
    const model = await evidenceModel();
    expect(() => buildDashboard(model, TODAY, new Map())).toThrow(/has no snapshot/);
  });

  it('is judged on the injected day', async () => {
    const board = await dashboard(await evidenceModel(), '2026-09-20');
    expect(board.policyReviews.map((p) => [p.policy.id, p.due.state])).toEqual([
      ['technician-credentials', 'due-soon'],
      ['change-policy', 'due-soon'],
    ]);
  });
});
