/**
 * The content check as the first phase of a real build (`buildSites`, src/build/pipeline.ts,
 * run in a child process because Astro cannot build inside Vitest):
 * - a build that fails its check leaves the previous output byte-for-byte unchanged;
 * - two builds of the same content give identical bytes in every audience folder;
 * - the site map the link check uses (computed from the route table in src/lib/urls.ts)
 *   agrees with every file and id the build writes.
 * Each build takes a few seconds, so the builds are shared by the tests below.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PhaseName } from '../../../src/build/pipeline.ts';
import type { Problem } from '../../../src/lib/problems.ts';
import { fileOf, listFiles } from '../../../src/build/files.ts';
import { elementIds } from '../../../src/lib/audience/html.ts';
import { clientMaySee } from '../../../src/lib/audience/audience.ts';
import { headingIds } from '../../../src/lib/checks/headings.ts';
import { siteMapFor } from '../../../src/lib/checks/sources.ts';
import { readContent } from '../../../src/lib/content/read.ts';
import { contentCacheDir } from '../../../src/lib/content/root.ts';
import { buildModel } from '../../../src/lib/model/build.ts';
import { parseBody } from '../../../src/lib/content/body.ts';
import { parseMdxFile } from '../../../src/lib/content/parse.ts';
import { FIXTURE, TODAY } from '../helpers/fixture.ts';
import { appendBody, replace, rerecord } from './corpus/harness.ts';
import { boardPages, publishedMatrixVersions } from '../../../src/lib/records/site-pages.ts';

const PROJECT = resolve(import.meta.dirname, '../../..');

/** The URL path a built file is served at: `a/index.html` → `/a/` (the inverse of fileOf). */
function urlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}
const work: string[] = [];

/** Files the build writes beside the rendered pages: assets, search index, checksums, attachments. */
const NOT_PAGES =
  /^(?:_astro\/|pagefind\/|SHA256SUMS$|_headers$|clients\/[^/]+\/evidence\/files\/|due-diligence\/files\/)/;

/** Reports to the board (one signed, one draft), which the fixture otherwise lacks. */
const BOARDS: Record<string, string> = {
  'clients/alpha-bank/board/2025.yaml': [
    'year: 2025',
    'status: published',
    'prepared_by: sam-staff',
    'presented_by: ava-admin',
    'presented: 2026-01-20',
    'overall: The program ran as planned.',
    'provider_assurance: SOC 2 Type II, 2025, unqualified.',
  ].join('\n'),
  'clients/alpha-bank/board/2026.yaml': [
    'year: 2026',
    'status: draft',
    'prepared_by: sam-staff',
    'presented_by: ava-admin',
    'overall: Draft for the January meeting.',
    'provider_assurance: SOC 2 Type II, 2026, expected in December.',
  ].join('\n'),
};

/** Headings whose ids need Astro's exact slugging: punctuation, code, repeats. */
const TRICKY_HEADINGS = [
  '## Step 2: Restore & verify',
  '## Run `restic check` on [the server](/services/backup/)',
  '## Notes',
  '## Notes',
  '## Überprüfung — Schritt 1',
].join('\n\n');

async function copyOfFixture(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tandem-build-content-'));
  work.push(root);
  await cp(FIXTURE, root, { recursive: true });
  return root;
}

async function outDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-build-out-'));
  work.push(dir);
  return join(dir, 'sites');
}

type BuildOutcome =
  | { ok: true; pages: number }
  | { ok: false; phase: PhaseName; message: string; problems: Problem[] };

/** `buildSites` in a child process (see build-runner.ts). */
function build(contentRoot: string, out: string): Promise<BuildOutcome> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ['tests/unit/checks/build-runner.ts', contentRoot, out, TODAY],
      { cwd: PROJECT, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const line = stdout.trim().split('\n').at(-1);
        if (err || !line) fail(new Error(`build crashed: ${err?.message}\n${stderr}`));
        else done(JSON.parse(line) as BuildOutcome);
      },
    );
  });
}

/** Path → SHA-256 of every file under `dir`: the output, byte for byte. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = await listFiles(dir);
  return new Map(
    await Promise.all(
      files.map(
        async (f) =>
          [
            f,
            createHash('sha256')
              .update(await readFile(join(dir, f)))
              .digest('hex'),
          ] as const,
      ),
    ),
  );
}

/** Astro keeps one content cache per content root (contentCacheDir); remove ours. */
async function removeAstroCache(contentRoot: string): Promise<void> {
  await rm(contentCacheDir(PROJECT, resolve(contentRoot)), { recursive: true, force: true });
}

let first: { root: string; out: string };
let second: { root: string; out: string };

beforeAll(async () => {
  first = { root: await copyOfFixture(), out: await outDir() };
  second = { root: await copyOfFixture(), out: await outDir() };
  for (const { root } of [first, second]) {
    await appendBody(root, 'services/monitoring.mdx', TRICKY_HEADINGS);
    for (const [file, text] of Object.entries(BOARDS)) {
      await mkdir(dirname(join(root, file)), { recursive: true });
      await writeFile(join(root, file), `${text}\n`);
    }
  }
  expect(await build(first.root, first.out)).toMatchObject({ ok: true });
  expect(await build(second.root, second.out)).toMatchObject({ ok: true });
}, 120_000);

afterAll(async () => {
  for (const dir of work) {
    await removeAstroCache(dir);
    await rm(dir, { recursive: true, force: true });
  }
});

describe('builds', () => {
  it('give identical bytes for the same content (every SHA256SUMS matches)', async () => {
    const folders = (await readdir(first.out)).sort();
    expect(folders).toEqual(['alpha-bank', 'beta-clinic', 'staff']);
    expect((await readdir(second.out)).sort()).toEqual(folders);
    for (const folder of folders) {
      const a = await readFile(join(first.out, folder, 'SHA256SUMS'), 'utf8');
      const b = await readFile(join(second.out, folder, 'SHA256SUMS'), 'utf8');
      expect(b, `${folder}/SHA256SUMS`).toBe(a);
      expect(a.split('\n').length).toBeGreaterThan(10);
    }
  });

  it('leave the previous output untouched when the content check fails', async () => {
    const before = await snapshot(first.out);
    await replace(
      first.root,
      'activities/operations.yaml',
      'raci: { internal-it: I, provider: RA }',
      'raci: { internal-it: A, provider: RA }',
    );
    const failure = await build(first.root, first.out);
    expect(failure).toMatchObject({ ok: false, phase: 'check' });
    expect(failure.ok === false && failure.problems).toContainEqual(
      expect.objectContaining({
        rule: 'matrix/one-accountable',
        file: 'activities/operations.yaml',
        path: ['activities', 0, 'raci'],
      }),
    );
    expect(await snapshot(first.out)).toEqual(before);
    // No staging folder is left next to the output either.
    expect(await readdir(dirname(first.out))).toEqual(['sites']);
  });

  it('leave the previous output untouched when verification of the built folders fails', async () => {
    // The source check passes, but the published September report now quotes the headline
    // of the October draft, which must never reach the client: only the verify phase, which
    // scans the built folders, can see that.
    const root = await copyOfFixture();
    const out = await outDir();
    expect(await build(root, out)).toMatchObject({ ok: true });
    const before = await snapshot(out);
    await appendBody(
      root,
      'clients/alpha-bank/reports/2026-09.mdx',
      'Fixture headline for alpha-bank in 2026-10.',
    );
    // Recorded as if published that way, so only the verify phase can object.
    await rerecord(root);
    const failure = await build(root, out);
    expect(failure).toMatchObject({ ok: false, phase: 'verify' });
    expect(failure.ok === false && failure.message).toMatch(/problem\(s\) in the built folders/);
    expect(await snapshot(out)).toEqual(before);
    expect(await readdir(dirname(out))).toEqual(['sites']);
  }, 120_000);
});

describe('the site map used by the link check', () => {
  it('computes heading ids exactly as Astro renders them', async () => {
    const text = await readFile(join(second.root, 'services/monitoring.mdx'), 'utf8');
    const ids = headingIds(parseBody(parseMdxFile(text).body!, true).tree!);
    expect(ids).toEqual([
      'step-2-restore--verify',
      'run-restic-check-on-the-server',
      'notes',
      'notes-1',
      'überprüfung--schritt-1',
    ]);
    const html = await readFile(join(second.out, 'staff/services/monitoring/index.html'), 'utf8');
    const built = elementIds(html);
    for (const id of ids) expect(built, `id "${id}"`).toContain(id);
  });

  it('lists every page the build writes to each folder, with the ids each copy has', async () => {
    const { raw, sources } = await readContent(second.root);
    const { model } = buildModel(raw);
    const site = siteMapFor(
      model!,
      sources,
      new Map(),
      publishedMatrixVersions(second.root),
      boardPages(second.root),
    );
    expect(site.get('/clients/alpha-bank/board/2025/')?.audience.kind).toBe('clients');
    expect(site.get('/clients/alpha-bank/board/2026/')?.audience.kind).toBe('staff');
    const folders = ['staff', ...model!.clients.map((c) => c.id)];
    for (const folder of folders) {
      // Every page and download the build wrote is one the link check knows (else links to
      // it are "broken"), HTML or not.
      const pages = (await listFiles(join(second.out, folder))).filter((f) => !NOT_PAGES.test(f));
      const unknown = pages.map(urlOf).filter((url) => !site.has(url));
      expect(unknown, `files in ${folder}/ missing from the route table (src/lib/urls.ts)`).toEqual(
        [],
      );
    }
    for (const page of site.values()) {
      if (page.url === '/') continue; // every folder has a home; client folders redirect
      const file = fileOf(page.url);
      for (const folder of folders) {
        const expected = folder === 'staff' || clientMaySee(page.audience, folder);
        const html = await readFile(join(second.out, folder, file), 'utf8').catch(() => undefined);
        expect(html !== undefined, `${folder}${page.url} ${expected ? 'missing' : 'leaked'}`).toBe(
          expected,
        );
        if (!html || !file.endsWith('.html')) continue;
        const ids = elementIds(html);
        for (const id of page.anchors) expect(ids, `${folder}${page.url}#${id}`).toContain(id);
        for (const id of page.staffAnchors) {
          expect(ids.has(id), `${folder}${page.url}#${id} (staff-only)`).toBe(folder === 'staff');
        }
      }
    }
  });
});
