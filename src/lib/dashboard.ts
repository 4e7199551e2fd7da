/**
 * What staff should act on today: overdue reviews and tests, missing and draft reports,
 * matrix gaps, and each client's latest status.
 */
import type { Policy, Report, Runbook } from '../schemas/index.ts';
import { monthOf, shiftMonth } from './dates.ts';
import { dueAfter, dueOn, type Due } from './lifecycle.ts';
import { resolveMatrix } from './matrix/resolve.ts';
import type { MatrixGap } from './matrix/types.ts';
import type { Entry, Model } from './model/types.ts';
import { latestPublished, previousReport } from './reports/history.ts';
import { overallStatus, scoreMetrics, type Status } from './reports/score.ts';
import { targetsFor } from './reports/targets.ts';

export interface Dashboard {
  /** The month every client should have a published report for. */
  lastMonth: string;
  policyReviews: Array<{ policy: Entry<Policy>; due: Due }>;
  runbookReviews: Array<{ runbook: Entry<Runbook>; due: Due }>;
  runbookTests: Array<{ runbook: Entry<Runbook>; due: Due }>;
  missingReports: Array<{ client: string; name: string; draft?: Entry<Report> }>;
  drafts: Entry<Report>[];
  gaps: Array<{ client: string; name: string; gaps: MatrixGap[] }>;
  clients: Array<{
    client: string;
    name: string;
    latest?: Entry<Report>;
    status?: Status;
    gaps: number;
  }>;
}

const needsAttention = (due: Due) => due.state !== 'ok';

/** Everything on the staff dashboard, judged on `today`. */
export function buildDashboard(model: Model, today: string): Dashboard {
  const lastMonth = shiftMonth(monthOf(today), -1);
  const policyReviews = model.policies
    .filter((p) => p.data.status === 'approved')
    .map((policy) => ({ policy, due: dueOn(policy.data.next_review, today) }))
    .filter(({ due }) => needsAttention(due))
    .sort((a, b) => (a.due.days ?? 0) - (b.due.days ?? 0));
  const runbookReviews = model.runbooks
    .map((runbook) => ({
      runbook,
      due: dueAfter(runbook.data.last_reviewed, runbook.data.review_cycle_months, today),
    }))
    .filter(({ due }) => needsAttention(due));
  const runbookTests = model.runbooks
    .map((runbook) => ({
      runbook,
      due: dueAfter(runbook.data.last_tested, runbook.data.test_cycle_months, today),
    }))
    .filter(({ due }) => needsAttention(due))
    .sort((a, b) => (a.due.days ?? -1e9) - (b.due.days ?? -1e9));
  const drafts = model.reports.filter((r) => r.data.status === 'draft');

  const missingReports: Dashboard['missingReports'] = [];
  const gaps: Dashboard['gaps'] = [];
  const clients: Dashboard['clients'] = [];
  for (const client of model.clients) {
    const reports = model.reportsByClient.get(client.id) ?? [];
    const forLastMonth = reports.find((r) => r.data.period === lastMonth);
    if (!forLastMonth || forLastMonth.data.status !== 'published') {
      missingReports.push({
        client: client.id,
        name: client.data.name,
        ...(forLastMonth ? { draft: forLastMonth } : {}),
      });
    }
    const matrix = resolveMatrix(model, client);
    if (matrix.gaps.length)
      gaps.push({ client: client.id, name: client.data.name, gaps: matrix.gaps });
    const latest = latestPublished(model, client.id);
    const row: Dashboard['clients'][number] = {
      client: client.id,
      name: client.data.name,
      gaps: matrix.gaps.length,
    };
    if (latest) {
      row.latest = latest;
      row.status = overallStatus(
        scoreMetrics(
          latest.data.metrics,
          targetsFor(model, client),
          previousReport(model, latest)?.data.metrics,
        ),
      );
    }
    clients.push(row);
  }
  return {
    lastMonth,
    policyReviews,
    runbookReviews,
    runbookTests,
    missingReports,
    drafts,
    gaps,
    clients,
  };
}
