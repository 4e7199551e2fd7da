/**
 * Builds every fixture tree under tests/fixtures/ with the real pipeline (the same code
 * as `npm run build`) and serves each on its own port, so end-to-end tests read exactly
 * what a deployment would serve. Fixtures own their facts; the sample content can change
 * freely. The sample itself (content/) is built too, as fixture "sample", for the tests
 * of what a newcomer sees: layout on a phone, long tables, search across four clients.
 */
import { createServer, type Server } from 'node:http';
import { readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSites } from '../../src/build/pipeline.ts';
import { createSitesHandler } from '../../src/cli/serve.ts';
import { E2E_ROOT, portVariable, SAMPLE, sitesDir } from './fixtures.ts';

const TODAY = '2026-11-26';

export default async function globalSetup(): Promise<() => Promise<void>> {
  process.env.TANDEM_TODAY = TODAY;
  const fixturesRoot = resolve('tests/fixtures');
  const fixtures = (await readdir(fixturesRoot, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && existsSync(join(fixturesRoot, d.name, 'provider.yaml')))
    .map((d) => d.name)
    .sort();
  const roots = new Map(fixtures.map((name) => [name, join(fixturesRoot, name)]));
  roots.set(SAMPLE, resolve('content'));
  await rm(E2E_ROOT, { recursive: true, force: true });
  const servers: Server[] = [];
  for (const [fixture, contentRoot] of roots) {
    // The basic fixture is built as a deployment with Chromium is: acknowledgement forms printed.
    if (fixture === 'basic') process.env.TANDEM_ACK_FORMS = 'pdf';
    else delete process.env.TANDEM_ACK_FORMS;
    await buildSites({
      projectRoot: process.cwd(),
      contentRoot,
      outDir: sitesDir(fixture),
      today: TODAY,
    });
    const { handler } = await createSitesHandler(sitesDir(fixture));
    const server = createServer(handler);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    process.env[portVariable(fixture)] = String((server.address() as { port: number }).port);
    servers.push(server);
  }
  return async () => {
    await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  };
}
