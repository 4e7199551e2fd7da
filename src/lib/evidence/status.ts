/**
 * The binder status of a control, and the rule behind it, written once so the pages, the
 * CSV and docs/audit-readiness.md say the same thing. First match wins:
 * Not applicable → Operating → Exception accepted → Designed → Gap.
 */
import type { KpiId } from '../../schemas/index.ts';
import { addMonths, dayLabel, shortMonthLabel } from '../dates.ts';
import { isOverdue } from '../lifecycle.ts';
import { kpi } from '../reports/kpis.ts';
import type { DecisionEntry, EvidenceRecord, ExceptionEntry } from './assurance.ts';
import { exceptionCounts, exceptionState } from './exceptions.ts';
import { kindRule } from './kinds.ts';
import type { ControlEvidence, EvidenceStatus, RecordEvidence, StatusReason } from './types.ts';

/** Reports of this many months before the current one are listed in a binder. */
export const REPORT_WINDOW_MONTHS = 12;

/** A service's KPIs must have been reported within this many months. */
export const RECENT_REPORT_MONTHS = 3;

/** The statuses in the order they are tested (and shown in totals). */
export const STATUS_ORDER: readonly EvidenceStatus[] = [
  'operating',
  'designed',
  'gap',
  'not-applicable',
  'exception',
];

/** One row of the status rule: the status, when it applies, and the source of the rule. */
export interface StatusRule {
  status: EvidenceStatus;
  when: string;
  basis: string;
}

/**
 * The rule as one table, in the order it is applied (the first row that holds decides).
 * @see https://www.ecfr.gov/current/title-45/section-164.306 (d)(3) for addressable decisions
 */
export const STATUS_RULES: readonly StatusRule[] = [
  {
    status: 'not-applicable',
    when: 'The institution documented that the control does not apply (with a reason and who decided), or, for a HIPAA addressable specification, that it is not reasonable and appropriate and why.',
    basis: '45 CFR 164.306(d)(3)(ii)(B) for HIPAA addressable specifications',
  },
  {
    status: 'operating',
    when: 'A dated evidence record, approved by a contact of the institution, covers the control, and its period ended within the cycle of its kind (e.g. an access review within 3 months, a tabletop within 12).',
    basis: 'examiners ask for evidence that a control operated, not only that it is mapped',
  },
  {
    status: 'exception',
    when: 'No current evidence, but the institution accepted the risk in an exception that is in force (accepted, not yet expired). An expired exception no longer counts.',
    basis: 'documented risk acceptance with an approver and an expiry',
  },
  {
    status: 'designed',
    when: 'No current evidence and no exception, but a policy, subscribed service, matrix activity, shared runbook, report or an out-of-cycle evidence record maps to the control.',
    basis: 'the control is designed; nothing dated shows it operated within its cycle',
  },
  {
    status: 'gap',
    when: 'Nothing maps to the control and nothing is signed for it.',
    basis: '',
  },
];

/** Labels for statuses, never colour alone. */
export const STATUS_LABEL: Record<EvidenceStatus, string> = {
  operating: 'Operating',
  designed: 'Designed',
  gap: 'Gap',
  'not-applicable': 'Not applicable',
  exception: 'Exception accepted',
};

/** Badge tone per status, from the global badge classes. */
export const STATUS_TONE: Record<EvidenceStatus, 'green' | 'amber' | 'red' | 'grey'> = {
  operating: 'green',
  designed: 'amber',
  gap: 'red',
  'not-applicable': 'grey',
  exception: 'amber',
};

/** Words for HIPAA addressable decisions (45 CFR 164.306(d)(3)). */
export const DECISION_LABEL: Record<DecisionEntry['data']['decision'], string> = {
  'not-applicable': 'Not applicable',
  implemented: 'Implemented as specified',
  alternative: 'Equivalent alternative measure',
  'not-reasonable': 'Not reasonable and appropriate',
};

type Mapped = Pick<
  ControlEvidence,
  'policies' | 'services' | 'activities' | 'reports' | 'runbooks'
>;

/** What the client signed for one control. */
export interface Signed {
  records: readonly EvidenceRecord[];
  exceptions: readonly ExceptionEntry[];
  decision: DecisionEntry | undefined;
}

function kpiNames(ids: readonly KpiId[]): string {
  return ids.map((id) => kpi(id).label.toLowerCase()).join(', ');
}

/** A record as the binder shows it: current or not on `today`, and until when. */
export function recordEvidence(record: EvidenceRecord, today: string): RecordEvidence {
  const rule = kindRule(record.data.kind);
  const through = addMonths(record.data.period.end, rule.cycleMonths);
  const approved = record.data.approved_by.date <= today;
  return { record, current: approved && through >= today, through };
}

/** Things a reader should look at on a mapped control: overdue reviews, untested runbooks, gaps. */
export function attentionReasons(mapped: Mapped, recentFrom: string): StatusReason[] {
  const { policies, services, activities, reports, runbooks } = mapped;
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
  const documented = policies.length + services.length + reports.length + runbooks.length;
  if (documented === 0 && activities.length > 0) {
    reasons.push({
      kind: 'only-assigned',
      text: 'Only responsibilities are recorded; no policy, service, runbook or report documents the work.',
    });
  }
  return reasons;
}

/**
 * The status of a control on `today` from what maps to it and what the institution signed;
 * `recentFrom` is the first month (YYYY-MM) that counts as recent for reports.
 */
export function controlStatus(
  mapped: Mapped,
  signed: Signed,
  recentFrom: string,
  today: string,
): { status: EvidenceStatus; reasons: StatusReason[]; records: RecordEvidence[] } {
  const records = signed.records
    .filter((r) => r.data.approved_by.date <= today)
    .map((r) => recordEvidence(r, today))
    .sort((a, b) => b.record.data.period.end.localeCompare(a.record.data.period.end));
  const reasons = attentionReasons(mapped, recentFrom);
  const decision =
    signed.decision && signed.decision.data.decided_by.date <= today ? signed.decision : undefined;
  if (
    decision &&
    (decision.data.decision === 'not-applicable' || decision.data.decision === 'not-reasonable')
  ) {
    return { status: 'not-applicable', reasons: [], records };
  }
  if (records.some((r) => r.current)) return { status: 'operating', reasons, records };

  for (const r of records) {
    reasons.push({
      kind: 'stale-evidence',
      text: `${kindRule(r.record.data.kind).label} for ${r.record.data.period.start} to ${r.record.data.period.end} counted until ${r.through} (${kindRule(r.record.data.kind).cycle})`,
    });
  }
  for (const e of signed.exceptions) {
    if (exceptionState(e.data, today) === 'expired') {
      reasons.push({
        kind: 'expired-exception',
        text: `Exception ${e.data.id} expired on ${e.data.expires}`,
      });
    }
  }
  if (signed.exceptions.some((e) => exceptionCounts(e.data, today))) {
    return { status: 'exception', reasons, records };
  }
  const mappedCount =
    mapped.policies.length +
    mapped.services.length +
    mapped.reports.length +
    mapped.runbooks.length +
    mapped.activities.length;
  if (mappedCount + records.length === 0) return { status: 'gap', reasons, records };
  return { status: 'designed', reasons, records };
}
