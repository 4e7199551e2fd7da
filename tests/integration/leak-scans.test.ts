/**
 * The build's two leak scans, each proven on its own. The page scan and the search-index
 * scan overlap for ordinary content (a leaked phrase is in the page and in its search
 * fragment), so either could be removed unnoticed. Here the real build runs on the basic
 * fixture with two leaks planted where only one scan can see each:
 * - another client's name in a page block that Pagefind ignores (`data-pagefind-ignore`),
 *   so it never reaches the search index: only the page scan can find it;
 * - another client's contract reference written into a search fragment after indexing,
 *   in no page at all: only the search-index scan can find it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BuildError, buildSites } from '../../src/build/pipeline.ts';
import { listFiles } from '../../src/build/files.ts';
import { FIXTURE, TODAY } from '../unit/helpers/fixture.ts';

const PAGE = 'clients/alpha-bank/services/index.html';
const PAGE_LEAK = 'Beta Canary Clinic';
const INDEX_LEAK = 'MSA-BETA-1';
const PREFIX = 'pagefind_dcd';

/** What the plants wrote, for the test to check it went where it was meant to. */
const planted: { fragment?: string } = {};

vi.mock('../../src/build/render.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/build/render.ts')>();
  return {
    ...real,
    renderSite: async (options: Parameters<typeof real.renderSite>[0]) => {
      await real.renderSite(options);
      const file = join(options.outDir, PAGE);
      const html = await readFile(file, 'utf8');
      if (!html.includes('</main>')) throw new Error(`${PAGE} has no </main>`);
      await writeFile(
        file,
        html.replace('</main>', `<div data-pagefind-ignore><p>${PAGE_LEAK}</p></div></main>`),
      );
    },
  };
});

vi.mock('../../src/build/search-index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/build/search-index.ts')>();
  return {
    ...real,
    indexSites: async (sitesDir: string, folders: readonly string[]) => {
      const pages = await real.indexSites(sitesDir, folders);
      const index = join(sitesDir, 'alpha-bank', 'pagefind');
      const fragment = (await listFiles(index)).filter((f) => f.endsWith('.pf_fragment')).sort()[0];
      if (!fragment) throw new Error('alpha-bank has no search fragment');
      const text = gunzipSync(await readFile(join(index, fragment))).toString('utf8');
      const json = JSON.parse(text.slice(PREFIX.length)) as { content: string };
      json.content += ` ${INDEX_LEAK}`;
      await writeFile(join(index, fragment), gzipSync(PREFIX + JSON.stringify(json)));
      planted.fragment = `pagefind/${fragment}`;
      return pages;
    },
  };
});

let out: string;
let failure: unknown;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'tandem-leak-scans-'));
  try {
    await buildSites({
      projectRoot: process.cwd(),
      contentRoot: FIXTURE,
      outDir: join(out, 'sites'),
      today: TODAY,
    });
  } catch (err) {
    failure = err;
  }
}, 180_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('a build with a leak only one scan can see', () => {
  it('fails in verify, naming the page leak and the search-index leak, and nothing else', () => {
    expect(failure).toBeInstanceOf(BuildError);
    const error = failure as BuildError;
    expect(error.phase).toBe('verify');
    expect(planted.fragment).toMatch(/^pagefind\/fragment\/.+\.pf_fragment$/);
    expect(error.issues.map((i) => `${i.folder} ${i.file}: ${i.message}`).sort()).toEqual(
      [
        `alpha-bank ${PAGE}: contains the name of client beta-clinic: "${PAGE_LEAK}"`,
        `alpha-bank ${planted.fragment}: contains the contract reference of client beta-clinic: "${INDEX_LEAK}"`,
      ].sort(),
    );
  });

  it('publishes nothing', async () => {
    expect(await listFiles(out)).toEqual([]);
  });
});
