import { describe, expect, it } from 'vitest';
import { waitingTotal } from '../../../src/lib/records/ack-totals.ts';

describe('documents waiting for acknowledgement', () => {
  it('adds up every client’s waiting documents', () => {
    expect(
      waitingTotal([{ waiting: ['matrix', 'policy'] }, { waiting: [] }, { waiting: ['report'] }]),
    ).toBe(3);
    expect(waitingTotal([])).toBe(0);
  });
});
