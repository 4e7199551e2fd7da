/**
 * Isolation at scale: a generated provider with 20 clients, each carrying unique canary
 * words, built with the real pipeline. Every file of every client folder — pages,
 * assets, file names, and the decompressed Pagefind index — is scanned for anything
 * of another client, of a staff-only runbook, or of a draft.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateProvider, type GeneratedTree } from '../../src/bench/generate.ts';
import { buildSites } from '../../src/build/pipeline.ts';
import { listFiles } from '../../src/build/files.ts';

const TODAY = '2026-11-26';
let tree: GeneratedTree;
let sites: string;

/**
 * A file's text as this test reads it, independently of the build's own scan: gzip files
 * (Pagefind's search files) are decompressed first.
 */
function plainText(bytes: Buffer): string {
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

async function folderText(folder: string): Promise<{ text: string; names: string }> {
  const files = await listFiles(folder);
  const parts = await Promise.all(
    files.map(async (f) => plainText(await readFile(join(folder, f)))),
  );
  return { text: parts.join('\n').toLowerCase(), names: files.join('\n').toLowerCase() };
}

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'tandem-isolation-'));
  tree = await generateProvider({
    out: join(work, 'content'),
    from: resolve('content'),
    clients: 20,
    months: 2,
    seed: 20,
    currentMonth: TODAY.slice(0, 7),
  });
  sites = join(work, 'sites');
  await buildSites({
    projectRoot: process.cwd(),
    contentRoot: join(work, 'content'),
    outDir: sites,
    today: TODAY,
  });
}, 300_000);

describe('a provider with 20 clients', () => {
  it('builds one folder per client plus staff, with drafts and staff-only runbooks to hide', async () => {
    expect(tree.clients.filter((c) => c.draftCanary).length).toBeGreaterThanOrEqual(3);
    expect(tree.staffCanaries.length).toBeGreaterThanOrEqual(4);
    const folders = (await readdir(sites)).sort();
    expect(folders).toEqual(['staff', ...tree.clients.map((c) => c.id)].sort());
  });

  it("no client folder holds another client's words, staff-only runbooks or drafts", async () => {
    const hits: string[] = [];
    for (const client of tree.clients) {
      const { text, names } = await folderText(join(sites, client.id));
      // The scan can see: the client's own canary is in its pages and its search index.
      expect(text, client.id).toContain(client.canary);
      const forbidden = [
        ...tree.clients
          .filter((other) => other.id !== client.id)
          .flatMap((other) => [other.canary, other.name, other.id, other.draftCanary ?? []].flat()),
        ...tree.staffCanaries,
        ...(client.draftCanary ? [client.draftCanary] : []),
      ].map((word) => word.toLowerCase());
      for (const word of forbidden) {
        if (text.includes(word) || names.includes(word)) hits.push(`${client.id}: ${word}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it("each client's search index knows its own canary and only its own", async () => {
    for (const client of tree.clients.slice(0, 5)) {
      const index = join(sites, client.id, 'pagefind');
      const { text } = await folderText(index);
      expect(text).toContain(client.canary);
      for (const other of tree.clients.filter((o) => o.id !== client.id))
        expect(text).not.toContain(other.canary);
    }
  });

  it('the staff folder holds everything, drafts and staff-only runbooks included', async () => {
    const { text } = await folderText(join(sites, 'staff'));
    for (const client of tree.clients) {
      expect(text).toContain(client.canary);
      if (client.draftCanary) expect(text).toContain(client.draftCanary);
    }
    for (const word of tree.staffCanaries) expect(text).toContain(word);
  });
});
