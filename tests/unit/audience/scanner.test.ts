import { describe, expect, it } from 'vitest';
import { MultiMatcher } from '../../../src/lib/audience/scanner.ts';

describe('MultiMatcher', () => {
  const matcher = new MultiMatcher(
    ['he', 'she', 'his', 'hers', '/clients/alpha/', 'Alpha Canary Bank'].map((text) => ({
      text,
      value: text,
    })),
  );

  it('finds every pattern, overlapping ones included, case-insensitively', () => {
    expect([...matcher.find('USHERS')].sort()).toEqual(['he', 'hers', 'she']);
    expect([...matcher.find('<a href="/clients/alpha/">Alpha canary bank</a>')].sort()).toEqual([
      '/clients/alpha/',
      'Alpha Canary Bank',
    ]);
  });

  it('does not confuse a prefix with a match', () => {
    expect([...matcher.find('/clients/alpha-bank/ and Alpha Canary Ban')]).toEqual([]);
    expect([...matcher.find('')]).toEqual([]);
  });

  it('agrees with a naive search on random text', () => {
    const words = ['abab', 'bab', 'aab', 'b', 'abba'];
    const m = new MultiMatcher(words.map((w) => ({ text: w, value: w })));
    let seed = 7;
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let i = 0; i < 30; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += 'ab'[seed % 2];
      }
      expect([...m.find(text)].sort()).toEqual(words.filter((w) => text.includes(w)).sort());
    }
  });
});

describe('MultiMatcher beyond ASCII', () => {
  it('matches patterns with accented letters and dashes', () => {
    const m = new MultiMatcher(
      ['Sätteri Bank', 'a–b', 'café'].map((text) => ({ text, value: text })),
    );
    expect([...m.find('At SÄTTERI BANK, a–b and CAFÉ')].sort()).toEqual(
      ['Sätteri Bank', 'a–b', 'café'].sort(),
    );
    expect([...m.find('Satteri Bank, a-b, cafe')]).toEqual([]);
  });
});
