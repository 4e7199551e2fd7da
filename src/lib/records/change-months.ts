/**
 * "What changed", a page per month (`urls.changeMonth`) for every month with entries, an
 * index of those months, and links to the month before and after.
 */
import type { ChangeItem } from './changes.ts';

/** The months (YYYY-MM) that have changes, newest first. */
export function changeMonths(items: readonly ChangeItem[]): string[] {
  return [...new Set(items.map((i) => i.date.slice(0, 7)))].sort().reverse();
}

/** The changes dated in `month`, in the order given (newest first). */
export function changesIn(items: readonly ChangeItem[], month: string): ChangeItem[] {
  return items.filter((i) => i.date.slice(0, 7) === month);
}

/** The nearest months with changes before (`previous`) and after (`next`) `month`. */
export function monthNeighbours(
  months: readonly string[],
  month: string,
): { previous?: string; next?: string } {
  const older = months.filter((m) => m < month).sort();
  const newer = months.filter((m) => m > month).sort();
  return {
    ...(older.length ? { previous: older.at(-1)! } : {}),
    ...(newer.length ? { next: newer[0]! } : {}),
  };
}
