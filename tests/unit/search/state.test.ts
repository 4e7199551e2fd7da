import { describe, expect, it } from 'vitest';
import {
  facetValues,
  parseSearchState,
  searchOptions,
  serializeSearchState,
} from '../../../src/lib/search/state.ts';

describe('search state in the URL', () => {
  it('round-trips query, facets and order', () => {
    const state = parseSearchState(
      '?q=restore&type=Runbook&type=Policy&framework=HIPAA&sort=newest&utm=x',
    );
    expect(state).toEqual({
      query: 'restore',
      filters: { type: ['Runbook', 'Policy'], framework: ['HIPAA'] },
      sort: 'newest',
    });
    expect(serializeSearchState(state)).toBe(
      '?q=restore&type=Policy&type=Runbook&framework=HIPAA&sort=newest',
    );
    expect(serializeSearchState(parseSearchState(''))).toBe('');
  });

  it('turns the state into Pagefind options', () => {
    expect(searchOptions(parseSearchState('?q=x&type=Report&sort=newest'))).toEqual({
      filters: { type: { any: ['Report'] } },
      sort: { date: 'desc' },
    });
    expect(searchOptions(parseSearchState('?q=x'))).toEqual({ filters: {} });
  });

  it('offers a facet only when it has a choice to make', () => {
    expect(facetValues({ 'Alpha Bank': 3 })).toEqual([]);
    expect(facetValues({ b: 1, a: 2 })).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});
