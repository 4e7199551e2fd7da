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

async function indexFolder(sitesDir: string, folder: string): Promise<number> {
  const root = join(sitesDir, folder);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (errors.length || !index) fail(folder, 'createIndex', errors);
  try {
    const added = await index.addDirectory({ path: root, glob: '**/*.html' });
    if (added.errors.length) fail(folder, 'addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length) fail(folder, 'writeFiles', written.errors);
    return added.page_count;
  } finally {
    await index.deleteIndex();
  }
}

/** Indexes every folder (a few at a time); returns pages indexed per folder. */
export async function indexSites(
  sitesDir: string,
  folders: readonly string[],
  concurrency = 4,
): Promise<Map<string, number>> {
  const pages = new Map<string, number>();
  const queue = [...folders];
  try {
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let folder = queue.shift(); folder !== undefined; folder = queue.shift()) {
          pages.set(folder, await indexFolder(sitesDir, folder));
        }
      }),
    );
  } finally {
    await pagefind.close();
  }
  return new Map([...pages].sort(([a], [b]) => a.localeCompare(b)));
}
