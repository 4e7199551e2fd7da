/**
 * The search page's state in its URL (`?q=patch&type=Runbook&sort=newest`), so a search
 * can be bookmarked, shared with a colleague, and restored with the back button.
 */

export type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  query: string;
  /** Filter name → selected values. */
  filters: Record<string, string[]>;
  sort: SortOrder;
}

/** The facets the portal indexes, in the order the page shows them. */
export const FACETS = [
  { name: 'type', label: 'Type' },
  { name: 'framework', label: 'Framework' },
  { name: 'client', label: 'Client' },
] as const;

const FACET_NAMES = new Set<string>(FACETS.map((f) => f.name));

/** Reads the state from a query string; unknown parameters are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (FACET_NAMES.has(key) && value) (filters[key] ??= []).push(value);
  }
  return {
    query: params.get('q')?.trim() ?? '',
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** Writes the state back as a query string (stable order, empty parts left out). */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const { name } of FACETS) {
    for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value);
  }
  if (state.sort === 'newest') params.set('sort', 'newest');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind search options for a state: filters as any-of lists, date sort when asked. */
export function searchOptions(state: SearchState): {
  filters: Record<string, { any: string[] }>;
  sort?: Record<string, 'desc'>;
} {
  const filters = Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
  return state.sort === 'newest' ? { filters, sort: { date: 'desc' } } : { filters };
}

/** Facet values worth offering: more than one value, sorted by name. */
export function facetValues(counts: Record<string, number> | undefined): Array<[string, number]> {
  const entries = Object.entries(counts ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return entries.length > 1 ? entries : [];
}
