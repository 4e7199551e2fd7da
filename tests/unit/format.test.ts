import { describe, expect, it } from 'vitest';
import { plural, pluralNoun } from '../../src/lib/format.ts';

describe('plural', () => {
  it('uses the singular for exactly one and the plural otherwise, zero included', () => {
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(3, 'measured month')).toBe('3 measured months');
  });

  it('takes an irregular plural', () => {
    expect(plural(2, 'policy', 'policies')).toBe('2 policies');
    expect(pluralNoun(1, 'policy', 'policies')).toBe('policy');
    expect(pluralNoun(5, 'review')).toBe('reviews');
  });
});
