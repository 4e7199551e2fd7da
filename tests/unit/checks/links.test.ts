import { describe, expect, it } from 'vitest';
import { checkBodyLinks } from '../../../src/lib/checks/links.ts';
import { buildSiteMap, type SiteMap } from '../../../src/lib/checks/site-map.ts';
import { pageUrlOf } from '../../../src/lib/urls.ts';
import type { CollectionName } from '../../../src/lib/content/layout.ts';
import type { Model } from '../../../src/lib/model/types.ts';
import { fixtureModel } from '../helpers/fixture.ts';
import { page, sourceFrom, treeOf } from './helpers.ts';

async function site(
  headings: Record<string, string[]> = {},
): Promise<{ model: Model; map: SiteMap }> {
  const model = await fixtureModel();
  return { model, map: buildSiteMap(model, new Map(Object.entries(headings))) };
}

/** Link problems of `body` placed on the page of an existing fixture entry. */
async function linksOn(
  collection: CollectionName,
  file: string,
  body: string,
  headings: Record<string, string[]> = {},
) {
  const { model, map } = await site(headings);
  const entry = [...model.services, ...model.policies, ...model.runbooks, ...model.reports].find(
    (e) => e.file === file,
  )!;
  const url = pageUrlOf(collection, entry)!;
  const source = sourceFrom(collection, file, page(body));
  return checkBodyLinks(source, treeOf(source), map.get(url)!, map);
}

describe('the site map', () => {
  it('has every page with the audience assembly gives it', async () => {
    const { map } = await site();
    const audience = (url: string) => map.get(url)?.audience;
    expect(audience('/services/backup/')).toEqual({ kind: 'all' });
    expect(audience('/runbooks/credential-rotation/')).toEqual({ kind: 'staff' });
    expect(audience('/runbooks/restore-drill/')).toEqual({ kind: 'clients', ids: ['alpha-bank'] });
    expect(audience('/policies/technician-credentials/')).toEqual({ kind: 'staff' });
    expect(audience('/clients/alpha-bank/policies/alpha-isp/')).toEqual({
      kind: 'clients',
      ids: ['alpha-bank'],
    });
    expect(audience('/clients/alpha-bank/reports/2026-10/')).toEqual({ kind: 'staff' });
    expect(audience('/clients/beta-clinic/matrix/')).toEqual({
      kind: 'clients',
      ids: ['beta-clinic'],
    });
    expect(audience('/frameworks/fixture-fw/')).toEqual({ kind: 'staff' });
    expect(map.has('/clients/gamma/')).toBe(false);
  });

  it('knows the ids templates write and the headings of bodies', async () => {
    const { map } = await site({ 'services/backup.mdx': ['how-it-works'] });
    const backup = map.get('/services/backup/')!;
    expect([...backup.anchors]).toEqual(
      expect.arrayContaining(['main', 'how-it-works', 'tiers', 'kpis', 'activity-test-restores']),
    );
    expect(backup.anchors.has('excludes')).toBe(false); // backup has no exclusions
    expect([...backup.staffAnchors]).toEqual(['subscribers']);
    expect(map.get('/clients/alpha-bank/matrix/')!.anchors.has('a-patch-core-system')).toBe(true);
    expect(map.get('/frameworks/fixture-fw/')!.anchors.has('c-gov-1')).toBe(true);
  });
});

describe('checkBodyLinks', () => {
  it('accepts links that resolve in the same audience', async () => {
    const body = [
      '[catalog](/services/) [patching](/services/patching/#tiers) [self](#rules)',
      '[relative](../../services/backup/#kpis) [external](https://example.com/) [mail](mailto:a@b.test)',
      '[search](/search/?q=backup)',
    ].join('\n');
    expect(
      await linksOn('policies', 'policies/security-policy.mdx', body, {
        'policies/security-policy.mdx': ['rules'],
      }),
    ).toEqual([]);
  });

  it('lets staff-only pages link anywhere, including staff-only parts', async () => {
    const body =
      '[rotation](/runbooks/credential-rotation/) [alpha](/clients/alpha-bank/matrix/#a-watch-alerts) [who](/services/monitoring/#subscribers)';
    expect(await linksOn('policies', 'policies/technician-credentials.mdx', body)).toEqual([]);
  });

  it('lets a client page link to its own client pages', async () => {
    const body =
      '[matrix](/clients/alpha-bank/matrix/#a-patch-core-system) [drill](/runbooks/restore-drill/#steps)';
    expect(await linksOn('reports', 'clients/alpha-bank/reports/2026-09.mdx', body)).toEqual([]);
  });

  it('reports missing pages, slashes and anchors with what would work', async () => {
    const found = await linksOn(
      'services',
      'services/monitoring.mdx',
      '[a](/services/nope/) [b](/services/backup) [c](/services/backup/#nope)',
    );
    expect(found.map((p) => [p.rule, p.column])).toEqual([
      ['links/exists', 1],
      ['links/exists', 22],
      ['links/anchor', 44],
    ]);
    expect(found[1]!.expected).toBe('/services/backup/ (page addresses end with a slash)');
    expect(found[2]!.expected).toContain('tiers');
  });

  it('reports links readers of the page cannot follow', async () => {
    const found = await linksOn(
      'reports',
      'clients/alpha-bank/reports/2026-09.mdx',
      '[b](/clients/beta-clinic/) [s](/runbooks/credential-rotation/) [d](/clients/alpha-bank/reports/2026-10/) [x](/services/monitoring/#subscribers)',
    );
    expect(found.map((p) => p.rule)).toEqual([
      'links/audience',
      'links/audience',
      'links/audience',
      'links/anchor',
    ]);
    expect(found[0]!.found).toContain('only beta-clinic');
    expect(found[1]!.message).toContain('staff-only page');
  });
});
