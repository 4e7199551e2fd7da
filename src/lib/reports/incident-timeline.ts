/** How an incident's severity and timeline read on a report: badge, milestone times and elapsed hours. */
import type { Incident } from '../../schemas/index.ts';
import { formatDuration } from './format.ts';

/** Badge colour per severity: critical and high red, medium amber, low plain. */
export const SEVERITY_TONES: Record<Incident['severity'], '' | 'amber' | 'red'> = {
  critical: 'red',
  high: 'red',
  medium: 'amber',
  low: '',
};

/** "High severity". */
export function severityLabel(severity: Incident['severity']): string {
  return `${severity[0]!.toUpperCase()}${severity.slice(1)} severity`;
}

/** What a timeline row says when its milestone has no time yet. */
const MISSING: Record<
  'client_notified' | 'contained' | 'resolved' | 'determined_reportable',
  string
> = {
  client_notified: 'Not recorded',
  contained: 'Not recorded',
  resolved: 'Still open',
  determined_reportable: 'Not recorded (clocks run from detection)',
};

/** A milestone's time through `at`, or what its absence means (an unresolved incident is still open). */
export function milestoneTime(
  incident: Incident,
  milestone: keyof typeof MISSING,
  at: (iso: string) => string,
): string {
  const value = incident[milestone];
  return value ? at(value) : MISSING[milestone];
}

/** Hours from `from` to `to` as a duration, or a dash while `to` has not happened. */
export function elapsedLabel(from: string, to: string | undefined): string {
  return to ? formatDuration((Date.parse(to) - Date.parse(from)) / 3_600_000) : '—';
}

/** A duration already computed in hours, or a dash when there is none. */
export function hoursLabel(hours: number | undefined): string {
  return hours !== undefined ? formatDuration(hours) : '—';
}
