/**
 * `npm run serve` keeps answering from the current output: a build that runs while the
 * server is up (and swaps `sites/` atomically) makes its new pages reachable at once.
 */
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSites } from '../../src/build/pipeline.ts';
import { createSitesHandler } from '../../src/cli/serve.ts';

test('a rebuild while serve runs makes a new page reachable without a restart', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const work = await mkdtemp(join(tmpdir(), 'tandem-serve-e2e-'));
  let server: Server | undefined;
  try {
    const content = join(work, 'content');
    await cp(resolve('tests/fixtures/basic'), content, { recursive: true });
    const outDir = join(work, 'sites');
    const build = () =>
      buildSites({ projectRoot: process.cwd(), contentRoot: content, outDir, today: '2026-11-26' });
    await build();

    const { handler } = await createSitesHandler(outDir);
    server = createServer(handler);
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    const base = `http://staff.localhost:${(server.address() as { port: number }).port}`;
    const url = `${base}/runbooks/night-drill/`;
    expect((await page.goto(url))?.status()).toBe(404);

    const source = await readFile(join(content, 'runbooks/restore-drill.mdx'), 'utf8');
    await writeFile(
      join(content, 'runbooks/night-drill.mdx'),
      source.replace('title: Fixture Restore Drill', 'title: Fixture Night Drill'),
    );
    await build();

    expect((await page.goto(url))?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('Fixture Night Drill');
    await page.goto(`${base}/runbooks/`);
    await expect(page.getByRole('link', { name: 'Fixture Night Drill' })).toBeVisible();
  } finally {
    if (server) await new Promise((done) => server!.close(done));
    await rm(work, { recursive: true, force: true });
  }
});
