import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../src/lib/closest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closestMatch', () => {
  it('finds the nearest candidate ignoring case, within the limit', () => {
    expect(closestMatch('Servcies', ['services', 'policies'], 2)).toBe('services');
    expect(closestMatch('zzzzzzzz', ['services', 'policies'], 2)).toBeUndefined();
  });

  it('prefers the first of equally near candidates', () => {
    expect(closestMatch('ab', ['aa', 'bb'], 1)).toBe('aa');
  });
});
