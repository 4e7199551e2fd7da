/**
 * The binder status of a control, and the rule behind it, written once so the pages, the
 * CSV and the README say the same thing.
 */
import type { KpiId } from '../../schemas/index.ts';
import { dayLabel, shortMonthLabel } from '../dates.ts';
import { isOverdue } from '../lifecycle.ts';
import { kpi } from '../reports/kpis.ts';
import type { ControlEvidence, EvidenceStatus, StatusReason } from './types.ts';

/** Reports of this many months before the current one are listed in a binder. */
export const REPORT_WINDOW_MONTHS = 12;

/** A service's KPIs must have been reported within this many months. */
export const RECENT_REPORT_MONTHS = 3;

/** What each status means, in the words a client reads. */
export const STATUS_RULES: Record<EvidenceStatus, string> = {
  evidenced:
    'Something the client can show maps to the control, and none of the partial conditions holds.',
  partial: 'Something maps to the control, but at least one of these holds:',
  gap: 'Nothing the client can show maps to the control: no policy, subscribed service, matrix activity, shared runbook or report.',
};

/** The conditions that make a mapped control partial. */
export const PARTIAL_CONDITIONS: readonly string[] = [
  'a policy that addresses it is past its review date;',
  'a runbook for it is past its test cycle, or was never tested;',
  `a service that supports it has no published report measuring its KPIs in the last ${RECENT_REPORT_MONTHS} months;`,
  "a matrix activity for it has a gap in the client's matrix (nobody Responsible, nobody named, or no backup);",
  'only responsibilities are recorded: matrix activities map, but no policy, service, runbook or report does.',
];

/** Labels for statuses, never colour alone. */
export const STATUS_LABEL: Record<EvidenceStatus, string> = {
  evidenced: 'Evidenced',
  partial: 'Partial',
  gap: 'Gap',
};

/** Badge tone per status, from the global badge classes. */
export const STATUS_TONE: Record<EvidenceStatus, 'green' | 'amber' | 'red'> = {
  evidenced: 'green',
  partial: 'amber',
  gap: 'red',
};

type Evidence = Pick<
  ControlEvidence,
  'policies' | 'services' | 'activities' | 'reports' | 'runbooks'
>;

function kpiNames(ids: readonly KpiId[]): string {
  return ids.map((id) => kpi(id).label.toLowerCase()).join(', ');
}

/**
 * The status of a control from the evidence the client may see; `recentFrom` is the first
 * month (YYYY-MM) that counts as recent for reports.
 */
export function controlStatus(
  evidence: Evidence,
  recentFrom: string,
): { status: EvidenceStatus; reasons: StatusReason[] } {
  const { policies, services, activities, reports, runbooks } = evidence;
  const documented = policies.length + services.length + reports.length + runbooks.length;
  if (documented + activities.length === 0) return { status: 'gap', reasons: [] };

  const reasons: StatusReason[] = [];
  for (const { policy, review } of policies) {
    if (review && isOverdue(review)) {
      reasons.push({
        kind: 'policy-review',
        text: `${policy.data.title}: review was due ${dayLabel(policy.data.next_review)}`,
      });
    }
  }
  for (const { runbook, test } of runbooks) {
    if (isOverdue(test)) {
      reasons.push({
        kind: 'runbook-test',
        text: test.due
          ? `${runbook.data.title}: test was due ${dayLabel(test.due)}`
          : `${runbook.data.title}: never tested`,
      });
    }
  }
  for (const { service, kpis } of services) {
    if (kpis.length === 0) continue;
    const recent = reports.filter(
      (r) => r.report.data.period >= recentFrom && r.kpis.some((id) => kpis.includes(id)),
    );
    if (recent.length === 0) {
      reasons.push({
        kind: 'no-recent-report',
        text: `${service.data.title}: no report since ${shortMonthLabel(recentFrom)} measured ${kpiNames(kpis)}`,
      });
    }
  }
  for (const { row, gaps } of activities) {
    for (const gap of gaps) {
      reasons.push({ kind: 'matrix-gap', text: `${row.activity.title}: ${gap.message}` });
    }
  }
  if (documented === 0) {
    reasons.push({
      kind: 'only-assigned',
      text: 'Only responsibilities are recorded; no policy, service, runbook or report documents the work.',
    });
  }
  return { status: reasons.length ? 'partial' : 'evidenced', reasons };
}
