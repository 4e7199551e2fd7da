import { describe, expect, it } from 'vitest';
import { approvalLine } from '../../../src/lib/evidence/people.ts';

describe('approvalLine', () => {
  it('names the approver, their title and the day', () => {
    expect(approvalLine({ name: 'Dana Ruiz', title: 'CISO', date: '2026-03-04' })).toBe(
      'Dana Ruiz, CISO, March 4, 2026',
    );
  });

  it('leaves out a missing title without an empty comma', () => {
    expect(approvalLine({ name: 'Dana Ruiz', date: '2026-03-04' })).toBe(
      'Dana Ruiz, March 4, 2026',
    );
  });
});
