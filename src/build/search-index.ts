/**
 * One Pagefind index per audience folder, built only from that folder's pages, so a
 * downloaded index can never hold another audience's words.
 * @see https://pagefind.app/docs/node-api/
 */
import * as pagefind from 'pagefind';
import { join } from 'node:path';

function fail(folder: string, step: string, errors: string[]): never {
  throw new Error(`search index for ${folder}: ${step} failed: ${errors.join('; ')}`);
}

/** Indexes one folder; returns its page count. */
async function indexFolder(sitesDir: string, folder: string): Promise<number> {
  const root = join(sitesDir, folder);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (errors.length || !index) fail(folder, 'createIndex', errors);
  try {
    // addDirectory, not addHTMLFile: sending pages over the service's pipe was twice as
    // slow as letting Pagefind read them from disk.
    const added = await index.addDirectory({ path: root, glob: '**/*.html' });
    if (added.errors.length) fail(folder, 'addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length) fail(folder, 'writeFiles', written.errors);
    return added.page_count;
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Indexes every folder, one at a time; returns pages indexed per folder. Pagefind's
 * indexer already uses every core: measured at 100 clients, indexing folders side by side
 * (in one service or in two) was slower than one after another.
 */
export async function indexSites(
  sitesDir: string,
  folders: readonly string[],
): Promise<Map<string, number>> {
  const pages = new Map<string, number>();
  try {
    for (const folder of folders) pages.set(folder, await indexFolder(sitesDir, folder));
  } finally {
    await pagefind.close();
  }
  return new Map([...pages].sort(([a], [b]) => a.localeCompare(b)));
}
