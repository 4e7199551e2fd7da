/**
 * When something falls due again: a review or a test on a cycle, judged against an
 * injectable `today` so tests and builds agree.
 */
import { addMonths, daysBetween } from './dates.ts';
import { plural } from './format.ts';

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

const days = (n: number) => plural(n, 'day');

/** Words for a due state, e.g. "Overdue by 12 days". */
export function dueLabel(due: Due): string {
  switch (due.state) {
    case 'never':
      return 'Never done';
    case 'overdue':
      return `Overdue by ${days(-(due.days ?? 0))}`;
    default:
      return due.days === 0 ? 'Due today' : `Due in ${days(due.days ?? 0)}`;
  }
}

/** Whether a due state needs someone to act: overdue, or never done at all. */
export function isOverdue(due: Due): boolean {
  return due.state === 'overdue' || due.state === 'never';
}

/**
 * When a policy's next review falls due. Only an approved policy is held to its review
 * date: a draft is still being written and a retired one no longer applies.
 */
export function policyReviewDue(
  policy: { data: { status: string; next_review: string } },
  today: string,
): Due | undefined {
  return policy.data.status === 'approved' ? dueOn(policy.data.next_review, today) : undefined;
}

/** When a runbook's next review falls due, from its last review and cycle. */
export function runbookReviewDue(
  runbook: { data: { last_reviewed: string; review_cycle_months: number } },
  today: string,
): Due {
  return dueAfter(runbook.data.last_reviewed, runbook.data.review_cycle_months, today);
}

/** When a runbook's next test falls due; `never` when it was never tested. */
export function runbookTestDue(
  runbook: { data: { last_tested?: string | undefined; test_cycle_months: number } },
  today: string,
): Due {
  return dueAfter(runbook.data.last_tested, runbook.data.test_cycle_months, today);
}

/** How many of `dues` are overdue (or never done) and how many fall due soon. */
export function countDue(dues: ReadonlyArray<Due | undefined>): {
  overdue: number;
  dueSoon: number;
} {
  let overdue = 0;
  let dueSoon = 0;
  for (const due of dues) {
    if (!due) continue;
    if (isOverdue(due)) overdue++;
    else if (due.state === 'due-soon') dueSoon++;
  }
  return { overdue, dueSoon };
}

/**
 * Whether `policy` is past its review date: only an approved policy can be, and only from
 * the day after `next_review` (a review due today is not late). Every policy list uses this.
 */
export function policyReviewOverdue(
  policy: { data: { status: string; next_review: string } },
  today: string,
): boolean {
  const due = policyReviewDue(policy, today);
  return due !== undefined && isOverdue(due);
}
