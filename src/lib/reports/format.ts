/** How report pages write times and durations: in the client's time zone, in words a board reads. */
import { dateFormat } from '../format.ts';

/** "Aug 11, 2026, 10:42 AM CDT" for an ISO instant, in `timeZone`. */
export function formatInstant(iso: string, timeZone: string): string {
  return dateFormat({
    timeZone,
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** "16 min", "4 h 42 min", "3 days 5 h" for a number of hours. */
export function formatDuration(hours: number): string {
  const minutes = Math.round(Math.abs(hours) * 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h < 48) return m ? `${h} h ${m} min` : `${h} h`;
  const days = Math.floor(h / 24);
  const rest = h % 24;
  return rest ? `${days} days ${rest} h` : `${days} days`;
}
