import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStaging, publishStaging } from '../../../src/build/output.ts';
import { createSitesHandler } from '../../../src/cli/serve.ts';

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0)) await undo();
});

async function writeSite(sites: string, pages: Record<string, string>): Promise<void> {
  for (const [path, html] of Object.entries(pages)) {
    await mkdir(join(sites, 'staff', path), { recursive: true });
    await writeFile(join(sites, 'staff', path, 'index.html'), html);
  }
  await writeFile(join(sites, 'staff', '404.html'), 'missing');
}

async function listen(outDir: string): Promise<string> {
  const { handler } = await createSitesHandler(outDir);
  const server: Server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  cleanup.push(() => new Promise((done) => server.close(done)));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

describe('serve after a rebuild', () => {
  it('answers from the output the build swapped in, without a restart', async () => {
    const project = await mkdtemp(join(tmpdir(), 'tandem-serve-'));
    cleanup.push(() => rm(project, { recursive: true, force: true }));
    const outDir = join(project, 'sites');
    await writeSite(outDir, { '': 'home v1' });
    const base = await listen(outDir);
    expect((await fetch(`${base}/`)).status).toBe(200);
    const before = await fetch(`${base}/new-page/`);
    expect(before.status).toBe(404);

    // The build's own swap: stage a new output beside the old one, then rename it in.
    const staging = await createStaging(outDir, project);
    await writeSite(staging.sites, { '': 'home v2', 'new-page': 'brand new' });
    await publishStaging(staging, outDir);

    const page = await fetch(`${base}/new-page/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('brand new');
    expect(await (await fetch(`${base}/`)).text()).toBe('home v2');
  });

  it('says the portal is being rebuilt while the output folder is missing mid-swap', async () => {
    const project = await mkdtemp(join(tmpdir(), 'tandem-serve-'));
    cleanup.push(() => rm(project, { recursive: true, force: true }));
    const outDir = join(project, 'sites');
    await writeSite(outDir, { '': 'home' });
    const base = await listen(outDir);
    await rm(outDir, { recursive: true });
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('being rebuilt');
  });
});
