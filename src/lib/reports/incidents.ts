/**
 * What must be true of an incident's timestamps. An impossible timeline (resolved before
 * it was detected, an incident from another month, a time in the future) is an error; a
 * notice the provider owed and did not record is an error, and a client's notice whose
 * deadline passed without one recorded is a warning to look at.
 */
import type { Incident, RegulatoryProfile } from '../../schemas/index.ts';
import { addDays, shiftMonth } from '../dates.ts';
import { OBLIGATION_RULES, evaluateObligations, obligationRule } from '../obligations/index.ts';

/** How many days before the month starts an incident in its report may have been detected. */
export const EARLY_DETECTION_DAYS = 7;

const TIMES = [
  'detected',
  'contained',
  'resolved',
  'client_notified',
  'determined_reportable',
  'regulator_notified',
  'discovered',
  'provider_determined',
  'extortion_paid',
  'sar_decided',
] as const;

/** The timestamp fields of an incident. */
type TimeField = (typeof TIMES)[number];

/** One thing wrong with an incident, located by field. */
export interface TimelineIssue {
  severity: 'error' | 'warning';
  rule: string;
  /** The incident field, dotted for nested ones (`notices.ncua`, `people_by_state.NE`). */
  field: string;
  message: string;
  expected: string;
  found: string;
}

interface OrderRule {
  earlier: TimeField;
  later: TimeField;
  what: string;
  /** Skip when this field is set: a rule through it already covers the pair. */
  unless?: TimeField;
}

/** Pairs that must be in order: `later` may not come before `earlier`. */
const ORDER: readonly OrderRule[] = [
  { earlier: 'detected', later: 'contained', what: 'contained before it was detected' },
  { earlier: 'contained', later: 'resolved', what: 'resolved before it was contained' },
  {
    earlier: 'detected',
    later: 'resolved',
    what: 'resolved before it was detected',
    unless: 'contained',
  },
  {
    earlier: 'detected',
    later: 'client_notified',
    what: 'the client was notified before the incident was detected',
  },
  {
    earlier: 'detected',
    later: 'determined_reportable',
    what: 'judged reportable before it was detected',
  },
  {
    earlier: 'detected',
    later: 'regulator_notified',
    what: 'the regulator was notified before the incident was detected',
    unless: 'determined_reportable',
  },
  {
    earlier: 'determined_reportable',
    later: 'regulator_notified',
    what: 'the regulator was notified before the incident was judged reportable',
  },
  {
    earlier: 'detected',
    later: 'provider_determined',
    what: 'the provider determined what it was before it detected it',
  },
  { earlier: 'detected', later: 'sar_decided', what: 'the SAR decision came before detection' },
];

/** Start of `YYYY-MM-DD` as an ISO instant in UTC. */
function dayStart(day: string): string {
  return `${day}T00:00:00.000Z`;
}

/**
 * Problems with one incident of the report for `period` (YYYY-MM), judged on `today`.
 * Bounds allow a day either side for time zones.
 */
export function timelineIssues(
  incident: Incident,
  period: string,
  today: string,
  profile: RegulatoryProfile | undefined,
): TimelineIssue[] {
  const issues: TimelineIssue[] = [];
  const issue = (i: TimelineIssue) => issues.push(i);

  for (const { earlier, later, what, unless } of ORDER) {
    const a = incident[earlier];
    const b = incident[later];
    if (a && b && b < a && !(unless && incident[unless])) {
      issue({
        severity: 'error',
        rule: 'incidents/timeline',
        field: later,
        message: `impossible timeline: ${what}`,
        expected: `a time at or after ${earlier} (${a})`,
        found: b,
      });
    }
  }

  const earliest = dayStart(addDays(`${period}-01`, -EARLY_DETECTION_DAYS));
  const nextMonth = dayStart(addDays(`${shiftMonth(period, 1)}-01`, 1));
  if (incident.detected < earliest) {
    issue({
      severity: 'error',
      rule: 'incidents/period',
      field: 'detected',
      message: `detected more than ${EARLY_DETECTION_DAYS} days before ${period} began; it belongs in an earlier report`,
      expected: `a time from ${earliest.slice(0, 10)}`,
      found: incident.detected,
    });
  } else if (incident.detected >= nextMonth) {
    issue({
      severity: 'error',
      rule: 'incidents/period',
      field: 'detected',
      message: `detected after ${period} ended; it belongs in a later report`,
      expected: `a time before the end of ${period}`,
      found: incident.detected,
    });
  }

  const future = dayStart(addDays(today, 2));
  for (const field of TIMES) {
    const value = incident[field];
    if (value && value >= future) {
      issue({
        severity: 'error',
        rule: 'incidents/future',
        field,
        message: `${field.replace(/_/g, ' ')} is in the future`,
        expected: `a time up to ${today}`,
        found: value,
      });
    }
  }

  for (const [id, value] of Object.entries(incident.notices)) {
    if (!obligationRule(id)) {
      issue({
        severity: 'error',
        rule: 'incidents/facts',
        field: `notices.${id}`,
        message: `"${id}" is not an obligation Tandem knows`,
        expected: `one of ${OBLIGATION_RULES.map((r) => r.id).join(', ')}`,
        found: id,
      });
    } else if (value >= future) {
      issue({
        severity: 'error',
        rule: 'incidents/future',
        field: `notices.${id}`,
        message: `the notice for ${id} is in the future`,
        expected: `a time up to ${today}`,
        found: value,
      });
    } else if (
      value < incident.detected &&
      !(incident.discovered && value >= incident.discovered)
    ) {
      issue({
        severity: 'error',
        rule: 'incidents/timeline',
        field: `notices.${id}`,
        message: 'a notice recorded before the incident was detected or discovered',
        expected: `a time at or after ${incident.discovered ?? incident.detected}`,
        found: value,
      });
    }
  }

  if (incident.people_by_state) {
    const sum = Object.values(incident.people_by_state).reduce((a, b) => a + b, 0);
    if (incident.people_affected === undefined) {
      issue({
        severity: 'error',
        rule: 'incidents/facts',
        field: 'people_affected',
        message: 'people are counted by state but no total is given',
        expected: `people_affected of at least ${sum}`,
        found: 'nothing',
      });
    } else if (sum > incident.people_affected) {
      issue({
        severity: 'error',
        rule: 'incidents/facts',
        field: 'people_by_state',
        message: 'more people by state than in total',
        expected: `a sum of at most people_affected (${incident.people_affected})`,
        found: String(sum),
      });
    }
  }
  if (incident.data_kinds?.includes('none') && incident.data_kinds.length > 1) {
    issue({
      severity: 'error',
      rule: 'incidents/facts',
      field: 'data_kinds',
      message: '"none" listed with other kinds of data',
      expected: '"none" alone, or only the kinds involved',
      found: incident.data_kinds.join(', '),
    });
  }
  if (incident.data_exposure === 'none' && incident.people_affected) {
    issue({
      severity: 'error',
      rule: 'incidents/facts',
      field: 'data_exposure',
      message: 'no data exposed, yet people are counted as affected',
      expected: 'accessed or acquired, or people_affected: 0',
      found: 'none',
    });
  }

  if (!incident.reportable) {
    for (const field of ['determined_reportable', 'regulator_notified'] as const) {
      if (incident[field]) {
        issue({
          severity: 'warning',
          rule: 'incidents/reportable',
          field,
          message: `${field.replace('_', ' ')} is set but the incident is not marked reportable`,
          expected: 'reportable: true, or remove the field',
          found: incident[field]!,
        });
      }
    }
  }

  const { obligations } = evaluateObligations(profile, incident, dayStart(today));
  for (const o of obligations) {
    const field = o.noticeField ?? `notices.${o.id}`;
    if (o.notifier === 'provider' && (o.status === 'not-recorded' || o.status === 'overdue')) {
      issue({
        severity: 'error',
        rule: 'incidents/client-notice',
        field,
        message: `the provider owed the client notice (${o.citation}: ${o.reason}) and none is recorded`,
        expected: `notices.${o.id} (or client_notified)${o.deadline ? ` by ${o.deadline}` : ''}`,
        found: 'nothing',
      });
    } else if (o.notifier === 'client' && o.status === 'overdue') {
      issue({
        severity: 'warning',
        rule: 'incidents/regulator-notice',
        field,
        message: `no notice to ${o.notify} is recorded and the ${o.citation} deadline passed`,
        expected: `notices.${o.id} by ${o.deadline}`,
        found: 'nothing',
      });
    }
  }
  return issues;
}
