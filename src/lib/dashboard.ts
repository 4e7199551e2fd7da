/**
 * What staff should act on today: overdue reviews and tests, missing and draft reports,
 * matrix gaps, and each client's latest report status and open evidence gaps.
 */
import type { Policy, Report, Runbook } from '../schemas/index.ts';
import { monthOf, shiftMonth } from './dates.ts';
import type { Assurance } from './evidence/assurance.ts';
import { clientBinders } from './evidence/binder.ts';
import type { StatusTotals } from './evidence/types.ts';
import {
  countDue,
  policyReviewDue,
  runbookReviewDue,
  runbookTestDue,
  type Due,
} from './lifecycle.ts';
import { resolveMatrix } from './matrix/resolve.ts';
import type { MatrixGap } from './matrix/types.ts';
import { controlMappings } from './model/mappings.ts';
import type { Entry, Model } from './model/types.ts';
import { latestReportScore, type FrozenStatuses } from './reports/report-status.ts';
import type { Status } from './reports/score.ts';

/** One client's evidence for one framework, summed up. */
export interface FrameworkEvidence {
  framework: string;
  short: string;
  totals: StatusTotals;
}

/** A client's line on the dashboard. */
export interface ClientLine {
  client: string;
  name: string;
  latest?: Entry<Report>;
  status?: Status;
  /** Whether last month's report is published. */
  lastMonthPublished: boolean;
  /** Matrix gaps on rows the client's frameworks need. */
  gaps: number;
  /** Controls with nothing mapped, and designed but not shown operating, across its frameworks. */
  evidenceGaps: number;
  evidencePartial: number;
  frameworks: FrameworkEvidence[];
}

export interface Dashboard {
  today: string;
  /** The month every client should have a published report for. */
  lastMonth: string;
  /** Approved policies whose review is overdue or due within 30 days, most urgent first. */
  policyReviews: Array<{ policy: Entry<Policy>; due: Due }>;
  runbookReviews: Array<{ runbook: Entry<Runbook>; due: Due }>;
  /** Runbooks never tested, overdue or due soon, most urgent first. */
  runbookTests: Array<{ runbook: Entry<Runbook>; due: Due }>;
  missingReports: Array<{ client: string; name: string; draft?: Entry<Report> }>;
  /** Report drafts waiting for a reviewer, oldest period first. */
  drafts: Entry<Report>[];
  /** Policy drafts waiting for approval. */
  policyDrafts: Entry<Policy>[];
  gaps: Array<{ client: string; name: string; gaps: MatrixGap[] }>;
  clients: ClientLine[];
  /** The figures on the tiles. */
  counts: {
    policyReviewsOverdue: number;
    policyReviewsDueSoon: number;
    runbookTestsOverdue: number;
    runbookTestsDueSoon: number;
    runbookReviewsOverdue: number;
    missingReports: number;
    drafts: number;
    matrixGaps: number;
    evidenceGaps: number;
    evidencePartial: number;
  };
}

const needsAttention = (due: Due) => due.state !== 'ok';

/** Most urgent first: never done, then by days left. */
function byUrgency(a: { due: Due }, b: { due: Due }): number {
  return (a.due.days ?? -Infinity) - (b.due.days ?? -Infinity);
}

/** Everything on the staff dashboard, judged on `today`. */
export function buildDashboard(
  model: Model,
  today: string,
  frozen: FrozenStatuses,
  assurance?: Assurance,
): Dashboard {
  const lastMonth = shiftMonth(monthOf(today), -1);
  const policyReviews = model.policies
    .flatMap((policy) => {
      const due = policyReviewDue(policy, today);
      return due && needsAttention(due) ? [{ policy, due }] : [];
    })
    .sort(byUrgency);
  const runbookReviews = model.runbooks
    .map((runbook) => ({ runbook, due: runbookReviewDue(runbook, today) }))
    .filter(({ due }) => needsAttention(due))
    .sort(byUrgency);
  const runbookTests = model.runbooks
    .map((runbook) => ({ runbook, due: runbookTestDue(runbook, today) }))
    .filter(({ due }) => needsAttention(due))
    .sort(byUrgency);
  const drafts = model.reports.filter((r) => r.data.status === 'draft');
  const policyDrafts = model.policies.filter((p) => p.data.status === 'draft');

  const mappings = controlMappings(model);
  const missingReports: Dashboard['missingReports'] = [];
  const gaps: Dashboard['gaps'] = [];
  const clients: ClientLine[] = [];
  for (const client of model.clients) {
    const reports = model.reportsByClient.get(client.id) ?? [];
    const forLastMonth = reports.find((r) => r.data.period === lastMonth);
    const lastMonthPublished = forLastMonth?.data.status === 'published';
    if (!lastMonthPublished) {
      missingReports.push({
        client: client.id,
        name: client.data.name,
        ...(forLastMonth ? { draft: forLastMonth } : {}),
      });
    }
    const matrix = resolveMatrix(model, client);
    if (matrix.gaps.length)
      gaps.push({ client: client.id, name: client.data.name, gaps: matrix.gaps });
    const frameworks = clientBinders(model, client, today, mappings, assurance).map((b) => ({
      framework: b.framework.id,
      short: b.framework.data.short,
      totals: b.totals,
    }));
    const line: ClientLine = {
      client: client.id,
      name: client.data.name,
      lastMonthPublished,
      gaps: matrix.gaps.length,
      evidenceGaps: frameworks.reduce((n, f) => n + f.totals.gap, 0),
      evidencePartial: frameworks.reduce((n, f) => n + f.totals.designed, 0),
      frameworks,
    };
    const latest = latestReportScore(model, client.id, frozen);
    if (latest) {
      line.latest = latest.report;
      line.status = latest.status;
    }
    clients.push(line);
  }

  const policyDue = countDue(policyReviews.map((p) => p.due));
  const testDue = countDue(runbookTests.map((r) => r.due));
  return {
    today,
    lastMonth,
    policyReviews,
    runbookReviews,
    runbookTests,
    missingReports,
    drafts,
    policyDrafts,
    gaps,
    clients,
    counts: {
      policyReviewsOverdue: policyDue.overdue,
      policyReviewsDueSoon: policyDue.dueSoon,
      runbookTestsOverdue: testDue.overdue,
      runbookTestsDueSoon: testDue.dueSoon,
      runbookReviewsOverdue: countDue(runbookReviews.map((r) => r.due)).overdue,
      missingReports: missingReports.length,
      drafts: drafts.length + policyDrafts.length,
      matrixGaps: gaps.reduce((n, g) => n + g.gaps.length, 0),
      evidenceGaps: clients.reduce((n, c) => n + c.evidenceGaps, 0),
      evidencePartial: clients.reduce((n, c) => n + c.evidencePartial, 0),
    },
  };
}
