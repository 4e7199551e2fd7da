/**
 * The sample provider a newcomer sees after `npm install && npm start`: it builds, every
 * client has every page type, and a report page stays within its weight budget.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSites, type BuildSummary } from '../../src/build/pipeline.ts';
import { readContent } from '../../src/lib/content/read.ts';
import { buildModel } from '../../src/lib/model/build.ts';
import type { Model } from '../../src/lib/model/types.ts';
import { listFiles } from '../../src/build/files.ts';
import { scanForLeaks } from '../../src/build/verify.ts';
import { canaries, spellings } from '../../src/lib/audience/canaries.ts';
import { MultiMatcher } from '../../src/lib/audience/scanner.ts';

let sites: string;
let summary: BuildSummary;
let model: Model;

beforeAll(async () => {
  sites = join(await mkdtemp(join(tmpdir(), 'tandem-sample-')), 'sites');
  summary = await buildSites({
    projectRoot: process.cwd(),
    contentRoot: resolve('content'),
    outDir: sites,
    today: '2026-11-26',
  });
  model = buildModel((await readContent(resolve('content'))).raw).model!;
}, 300_000);

describe('the sample provider', () => {
  it('builds a staff folder and one folder per client', () => {
    expect([...summary.folders.keys()].sort()).toEqual(
      ['staff', ...model.clients.map((c) => c.id)].sort(),
    );
    expect(model.clients.length).toBeGreaterThanOrEqual(4);
  });

  it('gives every client every page type, in its folder and in the staff folder', () => {
    for (const client of model.clients) {
      const base = `clients/${client.id}`;
      const pages = [
        `${base}/index.html`,
        `${base}/matrix/index.html`,
        `${base}/matrix/parties/index.html`,
        `${base}/matrix.csv`,
        `${base}/matrix.json`,
        `${base}/services/index.html`,
        `${base}/policies/index.html`,
        `${base}/reports/index.html`,
        ...(model.reportsByClient.get(client.id) ?? [])
          .filter((r) => r.data.status === 'published')
          .map((r) => `${base}/reports/${r.data.period}/index.html`),
        `${base}/evidence/index.html`,
        ...client.data.frameworks.flatMap((fw) => [
          `${base}/evidence/${fw}/index.html`,
          `${base}/evidence/${fw}.csv`,
        ]),
        'services/index.html',
        'search/index.html',
        '404.html',
        'index.html',
      ];
      for (const page of pages) {
        expect(existsSync(join(sites, client.id, page)), `${client.id}/${page}`).toBe(true);
        expect(existsSync(join(sites, 'staff', page)), `staff/${page}`).toBe(true);
      }
    }
  });

  it('keeps a report page within 30 KiB of HTML and CSS, gzipped, with no search code until search opens', async () => {
    const report = [...model.reports]
      .filter((r) => r.data.status === 'published')
      .sort((a, b) => (b.body?.length ?? 0) - (a.body?.length ?? 0))[0]!;
    const folder = join(sites, report.data.client);
    const html = await readFile(
      join(folder, `clients/${report.data.client}/reports/${report.data.period}/index.html`),
      'utf8',
    );
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(css.length, 'the page links its stylesheets').toBeGreaterThan(0);
    let bytes = gzipSync(html).length;
    for (const href of css) bytes += gzipSync(await readFile(join(folder, href))).length;
    expect(bytes, `${report.id}: HTML + CSS gzipped`).toBeLessThanOrEqual(30 * 1024);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>[^<]+<\/script>/);
    expect(html).not.toContain('/pagefind/');
    // The only script is the keyboard shortcut for the search box; Pagefind loads on the search page.
    expect(scripts).toHaveLength(1);
    const shortcut = await readFile(join(folder, scripts[0]!), 'utf8');
    expect(gzipSync(shortcut).length).toBeLessThan(1024);
    expect(shortcut).not.toMatch(/pagefind|import\(/);
  });
});

describe('each audience folder, as deployed', () => {
  it('carries its security headers, disallows robots, and lists nothing it should not', async () => {
    for (const folder of ['staff', ...model.clients.map((c) => c.id)]) {
      const root = join(sites, folder);
      const headers = await readFile(join(root, '_headers'), 'utf8');
      expect(headers).toMatch(
        /Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/,
      );
      expect(headers).toContain("frame-ancestors 'none'");
      expect(headers).toContain("worker-src 'self' blob:");
      for (const header of [
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy: no-referrer',
        'X-Robots-Tag: noindex, nofollow',
        'Permissions-Policy: ',
      ]) {
        expect(headers, `${folder} ${header}`).toContain(header);
      }
      expect(await readFile(join(root, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
      const files = await listFiles(root);
      // No sitemap or source map; the only feeds are the audience's own "what changed" feeds.
      const feeds =
        folder === 'staff'
          ? [...model.clients.map((c) => `clients/${c.id}/feed.xml`), 'feed.xml']
          : [`clients/${folder}/feed.xml`];
      expect(files.filter((f) => /sitemap|\.map$|rss|atom|feed/i.test(f)).sort(), folder).toEqual(
        feeds.sort(),
      );
      for (const page of files.filter(
        (f) =>
          (f.endsWith('.html') && f !== 'index.html') || (f === 'index.html' && folder === 'staff'),
      )) {
        const html = await readFile(join(root, page), 'utf8');
        expect(html, `${folder}/${page}`).toContain(
          '<meta name="robots" content="noindex, nofollow">',
        );
        expect(html, `${folder}/${page}`).not.toMatch(
          /<script(?![^>]*\ssrc=)[^>]*>[^<]+<\/script>|\sstyle="/,
        );
      }
      const sums = await readFile(join(root, 'SHA256SUMS'), 'utf8');
      expect(sums.trim().split('\n').length).toBe(files.length - 1);
    }
  });

  it("no client folder holds another client's identity, a staff-only page or a draft", async () => {
    const all = canaries(model);
    const matcher = new MultiMatcher(
      all.flatMap((c) => spellings(c.text).map((text) => ({ text, value: c }))),
    );
    for (const client of model.clients) {
      const issues = await scanForLeaks(sites, client.id, matcher);
      expect(issues, client.id).toEqual([]);
      // The scan sees: the client's own name is there, another client's is not.
      const home = await readFile(
        join(sites, client.id, `clients/${client.id}/index.html`),
        'utf8',
      );
      expect(home).toContain(client.data.name.replaceAll('&', '&amp;'));
    }
    expect(all.filter((c) => c.what.startsWith('draft report')).length).toBeGreaterThan(0);
  });
});
