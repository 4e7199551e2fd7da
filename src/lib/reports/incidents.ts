/**
 * What must be true of an incident's timestamps. An impossible timeline (resolved before
 * it was detected, an incident from another month, a time in the future) is an error;
 * a regulator deadline that passed without a recorded notice is a warning to look at.
 */
import type { Client, Incident } from '../../schemas/index.ts';
import { addDays, shiftMonth } from '../dates.ts';
import { incidentClocks, needsClientNotice, CLIENT_NOTICE_DISRUPTION_HOURS } from './clocks.ts';

/** How many days before the month starts an incident in its report may have been detected. */
export const EARLY_DETECTION_DAYS = 7;

const TIMES = [
  'detected',
  'contained',
  'resolved',
  'client_notified',
  'determined_reportable',
  'regulator_notified',
] as const;

/** The timestamp fields of an incident. */
export type TimelineField = (typeof TIMES)[number];

/** One thing wrong with an incident, located by field. */
export interface TimelineIssue {
  severity: 'error' | 'warning';
  rule: string;
  field: TimelineField;
  message: string;
  expected: string;
  found: string;
}

interface OrderRule {
  earlier: TimelineField;
  later: TimelineField;
  what: string;
  /** Skip when this field is set: a rule through it already covers the pair. */
  unless?: TimelineField;
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
  industry: Client['industry'],
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
        message: `${field.replace('_', ' ')} is in the future`,
        expected: `a time up to ${today}`,
        found: value,
      });
    }
  }

  if (needsClientNotice(incident) && !incident.client_notified) {
    issue({
      severity: 'error',
      rule: 'incidents/client-notice',
      field: 'client_notified',
      message: `services were disrupted for ${incident.disruption_hours} hours, so the client must have been notified (86 FR 66424: as soon as possible)`,
      expected: `client_notified when disruption_hours is ${CLIENT_NOTICE_DISRUPTION_HOURS} or more`,
      found: 'nothing',
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
  } else {
    const missed = incidentClocks(incident, industry, dayStart(today)).find(
      (c) => c.kind === 'regulator' && c.state === 'missed',
    );
    if (missed) {
      issue({
        severity: 'warning',
        rule: 'incidents/regulator-notice',
        field: 'regulator_notified',
        message: `a reportable incident with no regulator notice recorded; the ${missed.citation} deadline passed`,
        expected: `regulator_notified by ${missed.deadline}`,
        found: 'nothing',
      });
    }
  }
  return issues;
}
