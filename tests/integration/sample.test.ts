/**
 * The sample provider a newcomer sees after `npm install && npm start`: it builds, every
 * client has every page type, and a report page stays within its weight budget.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSites, type BuildSummary } from '../../src/build/pipeline.ts';
import { readContent } from '../../src/lib/content/read.ts';
import { buildModel } from '../../src/lib/model/build.ts';
import type { Model } from '../../src/lib/model/types.ts';
import { listFiles } from '../../src/build/files.ts';
import { findGlitches } from '../helpers/glitches.ts';

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

  it("no client folder holds another client's name, id or email domain, or a draft", async () => {
    // Independent of the build's own leak scan: plain, case-insensitive substring search
    // over every file, with gzip files (the search index) decompressed first.
    const text = async (file: string) => {
      const bytes = await readFile(file);
      const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      return plain.toString('utf8').toLowerCase();
    };
    const written = (s: string) => [s, s.replaceAll('&', '&amp;').replaceAll("'", '&#39;')];
    const identity = (client: Model['clients'][number]) => [
      ...written(client.data.name),
      client.id,
      ...client.data.contacts.map((c) => `@${c.email.split('@')[1]}`),
    ];
    const drafts = model.reports.filter((r) => r.data.status === 'draft');
    expect(drafts.length, 'the sample has a draft to keep out').toBeGreaterThan(0);
    for (const client of model.clients) {
      const own = new Set(identity(client).map((s) => s.toLowerCase()));
      const forbidden = [
        ...model.clients.filter((c) => c.id !== client.id).flatMap(identity),
        ...drafts.flatMap((r) => [
          `/clients/${r.data.client}/reports/${r.data.period}/`,
          ...written(r.data.headline),
        ]),
      ]
        .map((s) => s.toLowerCase())
        .filter((s) => !own.has(s));
      const root = join(sites, client.id);
      const files = await listFiles(root);
      let searchFilesNamingClient = 0;
      for (const file of files) {
        const content = await text(join(root, file));
        for (const needle of forbidden) {
          expect(content.includes(needle), `${client.id}/${file} contains "${needle}"`).toBe(false);
        }
        if (file.startsWith('pagefind/') && content.includes(client.data.name.toLowerCase())) {
          searchFilesNamingClient++;
        }
      }
      // The search is real: the client's own name is found in its decompressed search files.
      expect(searchFilesNamingClient, `${client.id}: own name in pagefind/`).toBeGreaterThan(0);
    }
  });

  it('reads cleanly: no space before punctuation, doubled word, ".;" or empty heading', async () => {
    const found: string[] = [];
    for (const folder of summary.folders.keys()) {
      const root = join(sites, folder);
      for (const file of (await listFiles(root)).filter((f) => f.endsWith('.html'))) {
        for (const glitch of findGlitches(await readFile(join(root, file), 'utf8')))
          found.push(`${folder}/${file}: ${glitch.kind}: “${glitch.text}”`);
      }
    }
    expect(found).toEqual([]);
  });
});
