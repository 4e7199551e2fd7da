/**
 * The search page: Pagefind's JS API over this audience folder's own index, with facets
 * (type, framework, and client in the staff folder), highlighted excerpts, newest-first
 * sorting and the state kept in the URL. Everything is built with DOM APIs: no inline
 * styles or scripts, so the page runs under the strict CSP.
 */
import {
  FACETS,
  facetValues,
  parseSearchState,
  searchOptions,
  serializeSearchState,
  type SearchState,
} from '../../lib/search/state.ts';
import { cleanExcerpt, resultDetails } from '../../lib/search/result.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: Array<{ title: string; url: string; excerpt: string }>;
}
interface PagefindSearch {
  results: Array<{ id: string; data(): Promise<PagefindResultData> }>;
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: object): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Results whose details load at once; each costs a fragment download. */
const PAGE_SIZE = 10;
const root = document.querySelector<HTMLElement>('#search');
const form = document.querySelector<HTMLFormElement>('form.search-box');
const input = document.querySelector<HTMLInputElement>('#search-input');
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort');
const facetsBox = document.querySelector<HTMLElement>('.search-facets');
const filtersPanel = document.querySelector<HTMLDetailsElement>('details.search-filters');
const status = document.querySelector<HTMLElement>('.search-status');
const list = document.querySelector<HTMLOListElement>('.search-results');
const more = document.querySelector<HTMLButtonElement>('.search-more');

let state: SearchState = parseSearchState(location.search);
let allFilters: Record<string, Record<string, number>> = {};
let lastCounts: Record<string, Record<string, number>> | undefined;
let facetsLoaded = false;
let generation = 0;
let pending: PagefindSearch['results'] = [];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Builds the facet checkboxes once, so toggling one never moves keyboard focus. */
function buildFacets(): void {
  if (!facetsBox) return;
  facetsBox.replaceChildren();
  for (const facet of FACETS) {
    const values = facetValues(allFilters[facet.name]);
    if (!values.length) continue;
    const fieldset = element('fieldset');
    fieldset.append(element('legend', undefined, facet.label));
    for (const [value] of values) {
      const id = `f-${facet.name}-${value.replace(/[^a-z0-9]+/gi, '-')}`;
      const box = element('input');
      box.type = 'checkbox';
      box.id = id;
      box.name = facet.name;
      box.value = value;
      box.checked = state.filters[facet.name]?.includes(value) ?? false;
      const count = element('span', 'facet-count');
      count.dataset.facet = facet.name;
      count.dataset.value = value;
      const label = element('label');
      label.htmlFor = id;
      label.append(box, ` ${value} `, count);
      fieldset.append(label);
    }
    facetsBox.append(fieldset);
  }
}

/** Shows how many results each facet value would leave. */
function updateCounts(available: Record<string, Record<string, number>>): void {
  for (const count of facetsBox?.querySelectorAll<HTMLElement>('.facet-count') ?? []) {
    const { facet = '', value = '' } = count.dataset;
    count.textContent = `(${available[facet]?.[value] ?? 0})`;
  }
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2');
  const link = element('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const meta = element('p', 'search-result-meta');
  if (data.meta.type) meta.append(element('span', 'badge blue', data.meta.type));
  const details = resultDetails(data.meta);
  if (details) meta.append(` ${details}`);
  const excerpt = element('p', 'search-result-excerpt');
  // Pagefind escapes the page text before adding <mark>, so the excerpt is safe as HTML.
  excerpt.innerHTML = cleanExcerpt(data.excerpt);
  item.append(heading, meta, excerpt);
  const sections = (data.sub_results ?? []).filter((s) => s.url !== data.url).slice(0, 3);
  if (sections.length) {
    const sub = element('ul', 'search-subresults');
    for (const s of sections) {
      const li = element('li');
      const a = element('a', undefined, s.title);
      a.href = s.url;
      li.append(a);
      sub.append(li);
    }
    item.append(sub);
  }
  return item;
}

async function showMore(run: number): Promise<void> {
  const batch = pending.splice(0, PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (run !== generation || !list) return;
  list.append(...data.map(renderResult));
  if (more) more.hidden = pending.length === 0;
}

async function run(pagefind: Pagefind): Promise<void> {
  const current = ++generation;
  history.replaceState(null, '', `${location.pathname}${serializeSearchState(state)}`);
  const filtering = Object.values(state.filters).some((v) => v.length);
  if (!state.query && !filtering) {
    list?.replaceChildren();
    if (status) status.textContent = 'Type a word to search this portal.';
    if (more) more.hidden = true;
    updateCounts(allFilters);
    return;
  }
  const result = await pagefind.search(state.query || null, searchOptions(state));
  if (current !== generation) return;
  lastCounts = result.filters;
  if (facetsLoaded) updateCounts(result.filters);
  list?.replaceChildren();
  pending = [...result.results];
  const count = pending.length;
  if (status) {
    status.textContent = count
      ? `${count} result${count === 1 ? '' : 's'}${state.query ? ` for “${state.query}”` : ''}`
      : `No results${state.query ? ` for “${state.query}”` : ''}.`;
  }
  await showMore(current);
}

async function start(): Promise<void> {
  if (!root || !input || !form) return;
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ bundlePath: bundle, baseUrl: '/', excerptLength: 24 });
  await pagefind.init();
  input.value = state.query;
  if (sortSelect) sortSelect.value = state.sort;
  root.classList.add('ready');

  // Facet data is a download of its own, so it loads when the reader opens the filters
  // (or arrives with filters in the address), not with every search.
  const loadFacets = async () => {
    if (facetsLoaded) return;
    facetsLoaded = true;
    allFilters = await pagefind.filters();
    buildFacets();
    updateCounts(lastCounts ?? allFilters);
  };
  if (filtersPanel) {
    filtersPanel.hidden = false;
    filtersPanel.addEventListener('toggle', () => {
      if (filtersPanel.open) void loadFacets();
    });
    if (Object.values(state.filters).some((v) => v.length)) {
      filtersPanel.open = true;
      await loadFacets();
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, query: input.value.trim() };
      void run(pagefind);
    }, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, query: input.value.trim() };
    void run(pagefind);
  });
  sortSelect?.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value === 'newest' ? 'newest' : 'relevance' };
    void run(pagefind);
  });
  facetsBox?.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    const values = new Set(state.filters[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    state = { ...state, filters: { ...state.filters, [box.name]: [...values] } };
    void run(pagefind);
  });
  more?.addEventListener('click', () => void showMore(generation));
  await run(pagefind);
}

start().catch(() => {
  if (status) status.textContent = 'Search could not start. Reload the page to try again.';
});
