/**
 * When something falls due again: a review or a test on a cycle, judged against an
 * injectable `today` so tests and builds agree.
 */
import { addMonths, daysBetween } from './dates.ts';

export type DueState = 'ok' | 'due-soon' | 'overdue' | 'never';

export interface Due {
  /** The day it falls due, or undefined when it never happened. */
  due?: string;
  state: DueState;
  /** Days until due (negative when overdue). */
  days?: number;
}

/** Days before a due date at which something counts as due soon. */
export const DUE_SOON_DAYS = 30;

/** Due state of something last done on `last` and repeated every `cycleMonths`. */
export function dueAfter(last: string | undefined, cycleMonths: number, today: string): Due {
  if (!last) return { state: 'never' };
  return dueOn(addMonths(last, cycleMonths), today);
}

/** Due state of something due on a fixed date. */
export function dueOn(due: string, today: string): Due {
  const days = daysBetween(today, due);
  const state: DueState = days < 0 ? 'overdue' : days <= DUE_SOON_DAYS ? 'due-soon' : 'ok';
  return { due, state, days };
}

/** Words for a due state, e.g. "Overdue by 12 days". */
export function dueLabel(due: Due): string {
  switch (due.state) {
    case 'never':
      return 'Never done';
    case 'overdue':
      return `Overdue by ${-(due.days ?? 0)} days`;
    case 'due-soon':
      return due.days === 0 ? 'Due today' : `Due in ${due.days} days`;
    default:
      return `Due in ${due.days} days`;
  }
}
