import { describe, expect, it } from 'vitest';
import { policyReviewOverdue } from '../../src/lib/lifecycle.ts';

const TODAY = '2026-11-26';
const policy = (status: string, next_review: string) => ({ data: { status, next_review } });

describe('policy review overdue (the rule every policy list uses)', () => {
  it('is overdue from the day after the review date, not on the day itself', () => {
    expect(policyReviewOverdue(policy('approved', '2026-11-25'), TODAY)).toBe(true);
    expect(policyReviewOverdue(policy('approved', TODAY), TODAY)).toBe(false);
    expect(policyReviewOverdue(policy('approved', '2026-12-01'), TODAY)).toBe(false);
  });

  it('never holds a draft or a retired policy to its review date', () => {
    expect(policyReviewOverdue(policy('draft', '2020-01-01'), TODAY)).toBe(false);
    expect(policyReviewOverdue(policy('retired', '2020-01-01'), TODAY)).toBe(false);
  });

  it('counts whole calendar days across a year boundary', () => {
    expect(policyReviewOverdue(policy('approved', '2026-12-31'), '2027-01-01')).toBe(true);
    expect(policyReviewOverdue(policy('approved', '2027-01-01'), '2026-12-31')).toBe(false);
  });
});
