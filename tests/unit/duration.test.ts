import { describe, expect, it } from 'vitest';
import { durationLabel } from '../../src/lib/duration.ts';

describe('a duration in words', () => {
  it('stays in minutes under an hour and switches to hours from an hour on', () => {
    expect(durationLabel(1)).toBe('1 minute');
    expect(durationLabel(45)).toBe('45 minutes');
    expect(durationLabel(60)).toBe('1 hour');
    expect(durationLabel(100)).toBe('1 h 40 min');
    expect(durationLabel(683)).toBe('11 h 23 min');
    expect(durationLabel(120)).toBe('2 hours');
  });
});
