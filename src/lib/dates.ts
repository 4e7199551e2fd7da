/**
 * Calendar arithmetic on ISO strings (`YYYY-MM-DD`, `YYYY-MM`), in UTC so results never
 * depend on where the build runs. The one clock is `today()`, which `TANDEM_TODAY` pins.
 */

import { dateFormat } from './format.ts';

const DAY_MS = 86_400_000;

function utc(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d ?? 1);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Today as `YYYY-MM-DD`: `TANDEM_TODAY` when set (tests, reproducible builds), else the UTC date. */
export function today(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const pinned = env.TANDEM_TODAY?.trim();
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(utc(pinned))) {
      throw new Error(`TANDEM_TODAY must be a date written YYYY-MM-DD, found "${pinned}"`);
    }
    return pinned;
  }
  return isoDay(now.getTime());
}

/** `YYYY-MM` of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** The day `days` after `day`. */
export function addDays(day: string, days: number): string {
  return isoDay(utc(day) + days * DAY_MS);
}

/** The same day `months` later, clamped to the end of a shorter month. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y!, m! - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d!, lastDay));
  return isoDay(target.getTime());
}

/** `YYYY-MM` shifted by `months`. */
export function shiftMonth(month: string, months: number): string {
  return addMonths(`${month}-01`, months).slice(0, 7);
}

/** Months from `from` to `to`, both `YYYY-MM`. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty! - fy!) * 12 + (tm! - fm!);
}

/** "October 2026" for `2026-10`. */
export function monthLabel(month: string): string {
  return dateFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(`${month}-01`));
}

/** "Oct 2026" for `2026-10`. */
export function shortMonthLabel(month: string): string {
  return dateFormat({ month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    utc(`${month}-01`),
  );
}

/** "March 4, 2026" for `2026-03-04`. */
export function dayLabel(day: string): string {
  return dateFormat({ month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    utc(day),
  );
}
