import { describe, expect, it } from 'vitest';
import {
  countDue,
  dueAfter,
  dueLabel,
  dueOn,
  isOverdue,
  policyReviewDue,
  runbookReviewDue,
  runbookTestDue,
} from '../../src/lib/lifecycle.ts';

const TODAY = '2026-11-26';

describe('due dates against a fixed today', () => {
  it('is overdue the day after the due date, with the days counted', () => {
    expect(dueOn('2026-11-25', TODAY)).toEqual({ due: '2026-11-25', state: 'overdue', days: -1 });
    expect(dueLabel(dueOn('2026-11-25', TODAY))).toBe('Overdue by 1 day');
    expect(dueLabel(dueOn('2026-10-15', TODAY))).toBe('Overdue by 42 days');
  });

  it('is due soon up to 30 days ahead, and due today on the day', () => {
    expect(dueOn(TODAY, TODAY)).toMatchObject({ state: 'due-soon', days: 0 });
    expect(dueLabel(dueOn(TODAY, TODAY))).toBe('Due today');
    expect(dueOn('2026-12-26', TODAY)).toMatchObject({ state: 'due-soon', days: 30 });
    expect(dueOn('2026-12-27', TODAY)).toMatchObject({ state: 'ok', days: 31 });
  });

  it('adds the cycle in calendar months, clamped to the end of a short month', () => {
    expect(dueAfter('2026-08-31', 3, TODAY)).toMatchObject({
      due: '2026-11-30',
      state: 'due-soon',
    });
    expect(dueAfter('2025-11-30', 12, TODAY)).toMatchObject({ due: '2026-11-30' });
  });

  it('treats something never done as needing action', () => {
    const never = dueAfter(undefined, 6, TODAY);
    expect(never).toEqual({ state: 'never' });
    expect(isOverdue(never)).toBe(true);
    expect(dueLabel(never)).toBe('Never done');
  });
});

describe('policy and runbook lifecycles', () => {
  const policy = (status: string, next_review: string) => ({ data: { status, next_review } });

  it('holds only approved policies to their review date', () => {
    expect(policyReviewDue(policy('approved', '2026-10-06'), TODAY)).toMatchObject({
      state: 'overdue',
      days: -51,
    });
    expect(policyReviewDue(policy('draft', '2026-10-06'), TODAY)).toBeUndefined();
    expect(policyReviewDue(policy('retired', '2026-10-06'), TODAY)).toBeUndefined();
  });

  it('dues a runbook test and review from the last date and its cycle', () => {
    const runbook = {
      data: {
        last_reviewed: '2026-05-11',
        review_cycle_months: 12,
        last_tested: '2026-03-18',
        test_cycle_months: 6,
      },
    };
    expect(runbookTestDue(runbook, TODAY)).toMatchObject({ due: '2026-09-18', state: 'overdue' });
    expect(runbookReviewDue(runbook, TODAY)).toMatchObject({ due: '2027-05-11', state: 'ok' });
  });

  it('counts overdue (including never done) and due-soon items', () => {
    expect(
      countDue([
        dueOn('2026-01-01', TODAY),
        dueAfter(undefined, 6, TODAY),
        dueOn('2026-12-01', TODAY),
        dueOn('2027-06-01', TODAY),
        undefined,
      ]),
    ).toEqual({ overdue: 2, dueSoon: 1 });
  });
});
