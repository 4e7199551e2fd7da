/** How many changes each month of "What changed" holds, and how that count is worded. */
import { changeMonths, changesIn } from './change-months.ts';
import type { ChangeItem } from './changes.ts';

/** Every month (YYYY-MM) with changes, newest first, with how many changes it holds. */
export function monthCounts(items: readonly ChangeItem[]): Array<{ month: string; count: number }> {
  return changeMonths(items).map((month) => ({ month, count: changesIn(items, month).length }));
}

/**
 * A number of changes in words: "one change" or "3 changes"; `sentenceStart` capitalises the
 * single case ("One change") for the start of a sentence.
 */
export function changeCountLabel(count: number, sentenceStart = false): string {
  if (count === 1) return sentenceStart ? 'One change' : 'one change';
  return `${count} changes`;
}
