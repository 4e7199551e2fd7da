/** "What changed", a page per month: which months get a page, and how they link. */
import { describe, expect, it } from 'vitest';
import { afterEach, vi } from 'vitest';
import { buildSiteMap } from '../../../src/lib/checks/site-map.ts';
import {
  changeMonths,
  changesIn,
  monthNeighbours,
} from '../../../src/lib/records/change-months.ts';
import { changesUpTo, type ChangeItem } from '../../../src/lib/records/changes.ts';
import { urls } from '../../../src/lib/urls.ts';
import { fixtureModel, TODAY } from '../helpers/fixture.ts';

const item = (id: string, date: string): ChangeItem => ({
  id,
  date,
  kind: 'report',
  title: id,
  summary: id,
  path: '/x/',
});

const ITEMS = [
  item('c', '2026-11-03'),
  item('b', '2026-11-01'),
  item('a', '2026-08-30'),
  item('z', '2025-12-31'),
];

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('months of changes', () => {
  it('gives one page per month with entries, newest first, and its entries', () => {
    expect(changeMonths(ITEMS)).toEqual(['2026-11', '2026-08', '2025-12']);
    expect(changesIn(ITEMS, '2026-11').map((i) => i.id)).toEqual(['c', 'b']);
    expect(changesIn(ITEMS, '2026-10')).toEqual([]);
    expect(urls.changeMonth('alpha-bank', '2026-08')).toBe('/clients/alpha-bank/changes/2026-08/');
  });

  it('links each month to the nearest months with entries, skipping empty ones', () => {
    const months = changeMonths(ITEMS);
    expect(monthNeighbours(months, '2026-08')).toEqual({ previous: '2025-12', next: '2026-11' });
    expect(monthNeighbours(months, '2026-11')).toEqual({ previous: '2026-08' });
    expect(monthNeighbours(months, '2025-12')).toEqual({ next: '2026-08' });
    expect(monthNeighbours(['2026-11'], '2026-11')).toEqual({});
  });

  it('puts every month page of a client in the site map, and none dated after today', async () => {
    const model = await fixtureModel();
    const items = changesUpTo(model, 'alpha-bank', [], TODAY);
    expect(items.every((i) => i.date <= TODAY)).toBe(true);
    const months = changeMonths(items);
    expect(months.length).toBeGreaterThan(1);
    vi.stubEnv('TANDEM_TODAY', TODAY);
    const site = buildSiteMap(model, new Map());
    for (const m of months) {
      expect(site.get(`/clients/alpha-bank/changes/${m}/`)?.audience).toEqual({
        kind: 'clients',
        ids: ['alpha-bank'],
      });
    }
    vi.stubEnv('TANDEM_TODAY', `${months.at(-1)!}-28`);
    const earlier = buildSiteMap(model, new Map());
    expect(earlier.has(`/clients/alpha-bank/changes/${months[0]}/`)).toBe(false);
  });
});
