/**
 * Notification clocks an incident can start: the provider's notice to the client when
 * services were disrupted for hours, and the regulator notice a client owes once it
 * judges an incident reportable. Which regulator clock applies depends on the client's
 * industry.
 */
import type { Client, Incident } from '../../schemas/index.ts';

/** Hours of disruption from which the client must be told as soon as possible. */
export const CLIENT_NOTICE_DISRUPTION_HOURS = 4;

type Industry = Client['industry'];

/** A regulator's notification deadline, counted from when the client judged an incident reportable. */
export interface RegulatorRule {
  /** Who is notified, e.g. "NCUA". */
  regulator: string;
  /** Hours from determination (or detection) to the deadline. */
  hours: number;
  /** Where the rule is written. */
  citation: string;
  /** One line on the rule, for the report page. */
  summary: string;
}

/** @see /work/shared/DOMAIN.md "Regulators, frameworks, deadlines" */
export const REGULATOR_RULES: Readonly<Partial<Record<Industry, RegulatorRule>>> = {
  'community-bank': {
    regulator: 'the primary federal regulator',
    hours: 36,
    citation: '86 FR 66424',
    summary:
      'A bank notifies its regulator within 36 hours of determining a notification incident.',
  },
  'credit-union': {
    regulator: 'NCUA',
    hours: 72,
    citation: '12 CFR 748.1(c)',
    summary: 'A credit union reports a reportable cyber incident to NCUA within 72 hours.',
  },
  'wealth-management': {
    regulator: 'the FTC',
    hours: 30 * 24,
    citation: '16 CFR 314.4(j)',
    summary:
      'A non-bank financial institution notifies the FTC within 30 days of discovering a notification event.',
  },
  healthcare: {
    regulator: 'HHS OCR and affected individuals',
    hours: 60 * 24,
    citation: '45 CFR 164.404–164.408',
    summary: 'A HIPAA breach is notified without unreasonable delay and no later than 60 days.',
  },
};

/** Where a notification clock stands: met, late, missed, or still open. */
export type ClockState = 'met' | 'late' | 'missed' | 'pending';

/** One notification obligation of one incident and where it stands. */
export interface NotificationClock {
  kind: 'client' | 'regulator';
  /** "Client notice" / "Notice to NCUA". */
  label: string;
  /** What the rule requires, in a line. */
  rule: string;
  citation: string;
  /** ISO instant the clock started. */
  start: string;
  /** Which field the start came from. */
  startField: 'detected' | 'determined_reportable';
  /** ISO instant of the deadline; undefined for "as soon as possible". */
  deadline?: string;
  /** ISO instant the notice was given, if recorded. */
  done?: string;
  state: ClockState;
  /** Hours from start to notice (or to `now` when not yet given). */
  elapsedHours: number;
}

const HOUR_MS = 3_600_000;

function hoursBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / HOUR_MS;
}

function plusHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * HOUR_MS).toISOString();
}

/** Whether services were disrupted long enough that the client had to be told. */
export function needsClientNotice(incident: Incident): boolean {
  return incident.disruption_hours >= CLIENT_NOTICE_DISRUPTION_HOURS;
}

/** The regulator rule for `industry`, if Tandem knows one. */
export function regulatorRule(industry: Industry): RegulatorRule | undefined {
  return REGULATOR_RULES[industry];
}

/** Every clock `incident` started for a client in `industry`, judged at `now` (ISO instant). */
export function incidentClocks(
  incident: Incident,
  industry: Industry,
  now: string,
): NotificationClock[] {
  const clocks: NotificationClock[] = [];
  if (needsClientNotice(incident)) {
    const done = incident.client_notified;
    clocks.push({
      kind: 'client',
      label: 'Client notice',
      rule: `Services were disrupted for ${CLIENT_NOTICE_DISRUPTION_HOURS} hours or more, so the client is told as soon as possible.`,
      citation: '86 FR 66424 (bank service providers)',
      start: incident.detected,
      startField: 'detected',
      ...(done ? { done } : {}),
      state: done ? 'met' : 'missed',
      elapsedHours: hoursBetween(incident.detected, done ?? now),
    });
  }
  const rule = regulatorRule(industry);
  if (incident.reportable && rule) {
    const startField = incident.determined_reportable ? 'determined_reportable' : 'detected';
    const start = incident.determined_reportable ?? incident.detected;
    const deadline = plusHours(start, rule.hours);
    const done = incident.regulator_notified;
    let state: ClockState;
    if (done) state = done <= deadline ? 'met' : 'late';
    else state = now > deadline ? 'missed' : 'pending';
    clocks.push({
      kind: 'regulator',
      label: `Notice to ${rule.regulator}`,
      rule: rule.summary,
      citation: rule.citation,
      start,
      startField,
      deadline,
      ...(done ? { done } : {}),
      state,
      elapsedHours: hoursBetween(start, done ?? now),
    });
  }
  return clocks;
}

/** Words for a clock's state, never colour alone. */
export const CLOCK_STATE_LABELS: Record<ClockState, string> = {
  met: 'Met',
  late: 'Late',
  missed: 'Missed',
  pending: 'Open',
};
