/** Durations as people say them: "45 minutes", "1 h 40 min", "11 h 23 min". */
import { plural } from './format.ts';

/** `minutes` in words: minutes under an hour, hours and minutes from an hour on. */
export function durationLabel(minutes: number): string {
  const whole = Math.round(minutes);
  if (whole < 60) return plural(whole, 'minute');
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest ? `${hours} h ${rest} min` : plural(hours, 'hour');
}
