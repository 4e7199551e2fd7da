/**
 * Words for an evaluated obligation on the incident page: the status label (never colour
 * alone), its badge tone, and one line on the notice and its timing in the client's zone.
 */
import { formatDuration, formatInstant } from '../reports/format.ts';
import type { ObligationResult, ObligationStatus } from './types.ts';

/** Status words for the page. */
export const STATUS_LABELS: Record<ObligationStatus, string> = {
  met: 'Met',
  late: 'Late',
  pending: 'Pending',
  overdue: 'Overdue',
  'not-recorded': 'No notice recorded',
  'not-applicable': 'Not applicable',
  'not-determined': 'Not determined',
};

/** Badge tone per status. */
export const STATUS_TONES: Record<ObligationStatus, '' | 'green' | 'amber' | 'red' | 'blue'> = {
  met: 'green',
  late: 'amber',
  pending: 'blue',
  overdue: 'red',
  'not-recorded': 'red',
  'not-applicable': '',
  'not-determined': 'amber',
};

/** One obligation as the page shows it. */
export interface ObligationLine {
  result: ObligationResult;
  label: string;
  tone: (typeof STATUS_TONES)[ObligationStatus];
  /** "Dec 3, 2026, 2:00 PM CST", or "As soon as possible", or "—". */
  deadline: string;
  /** The clock's start in words with its time, or "—". */
  start: string;
  /** What was given and how it went: "Nov 2, 10:00 AM; took 3 h 10 min", "12 days left". */
  outcome: string;
}

const hours = (minutes: number) => formatDuration(minutes / 60);

/** The page line for `result`, with times in `timeZone`. */
export function obligationLine(result: ObligationResult, timeZone: string): ObligationLine {
  const at = (iso: string) => formatInstant(iso, timeZone);
  const deadline = result.deadline
    ? at(result.deadline)
    : result.status === 'not-applicable' || result.status === 'not-determined'
      ? result.deadlineText
      : 'As soon as possible';
  const start = result.start ? `${at(result.start)} (${result.startLabel})` : '—';
  let outcome: string;
  switch (result.status) {
    case 'met':
      outcome = `Given ${at(result.noticeAt!)}; took ${hours(result.tookMinutes!)}`;
      break;
    case 'late':
      outcome = `Given ${at(result.noticeAt!)}; took ${hours(result.tookMinutes!)}, ${hours(result.lateByMinutes!)} late`;
      break;
    case 'pending':
      outcome = `No notice yet; ${hours(result.timeLeftMinutes!)} left`;
      break;
    case 'overdue':
      outcome = `No notice recorded; deadline passed ${hours(result.lateByMinutes!)} ago`;
      break;
    case 'not-recorded':
      outcome = 'No notice recorded';
      break;
    default:
      outcome = result.reason.charAt(0).toUpperCase() + result.reason.slice(1);
  }
  return {
    result,
    label: STATUS_LABELS[result.status],
    tone: STATUS_TONES[result.status],
    deadline,
    start,
    outcome,
  };
}

const KIND_WORDS: Record<string, string> = {
  'customer-information': 'customer information',
  'sensitive-customer-information': 'sensitive customer information',
  phi: 'protected health information',
  credentials: 'credentials',
  'employee-information': 'employee information',
  none: 'no data',
};

/** The facts the obligations were judged on, in words; a fact not recorded says so. */
export function incidentFacts(incident: import('../../schemas/index.ts').Incident): string[] {
  const notRecorded = 'not recorded';
  const byState = incident.people_by_state
    ? Object.entries(incident.people_by_state)
        .map(([state, n]) => `${state} ${n}`)
        .join(', ')
    : undefined;
  return [
    `People affected: ${incident.people_affected ?? notRecorded}${byState ? ` (${byState})` : ''}`,
    `Data involved: ${incident.data_kinds ? incident.data_kinds.map((k) => KIND_WORDS[k] ?? k).join(', ') : notRecorded}`,
    `Exposure: ${incident.data_exposure ?? notRecorded}`,
    `Encrypted: ${incident.data_encrypted === undefined ? notRecorded : incident.data_encrypted ? 'yes' : 'no'}`,
    `Disruption: ${incident.disruption_hours > 0 ? formatDuration(incident.disruption_hours) : 'none'}${
      incident.disruption_likely_4h === undefined
        ? ''
        : incident.disruption_likely_4h
          ? ', 4 hours or more was likely'
          : ', 4 hours or more was not likely'
    }${incident.planned_maintenance ? ' (announced maintenance)' : ''}`,
    `Judged reportable by the client: ${incident.reportable ? 'yes' : 'no'}`,
  ];
}
