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
    let bytes = gzipSync(html).length;
    for (const href of css) bytes += gzipSync(await readFile(join(folder, href))).length;
    expect(bytes, `${report.id}: HTML + CSS gzipped`).toBeLessThanOrEqual(30 * 1024);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>[^<]+<\/script>/);
    expect(html).not.toContain('/pagefind/');
    // The only script is the keyboard shortcut for the search box; Pagefind loads on the search page.
    expect(scripts).toHaveLength(1);
    expect(gzipSync(await readFile(join(folder, scripts[0]!))).length).toBeLessThan(1024);
  });
});
