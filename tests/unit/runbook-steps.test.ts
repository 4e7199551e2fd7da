import { describe, expect, it } from 'vitest';
import { runbookMinutes } from '../../src/lib/runbook-steps.ts';

describe('runbook minutes', () => {
  it('adds up the typical minutes of every step', () => {
    expect(runbookMinutes([{ minutes: 5 }, { minutes: 15 }, { minutes: 40 }])).toBe(60);
    expect(runbookMinutes([{ minutes: 2.5 }, { minutes: 0.5 }])).toBe(3);
  });

  it('is zero for no steps', () => {
    expect(runbookMinutes([])).toBe(0);
  });
});
