/** File-system helpers for the build phases. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Every file under `dir`, as sorted posix paths relative to it. Top-level folders named in
 * `exclude` are not entered (the search index while Pagefind is still writing it).
 */
export async function listFiles(dir: string, exclude: readonly string[] = []): Promise<string[]> {
  const top = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of top) {
    if (entry.isFile()) files.push(entry.name);
    else if (entry.isDirectory() && !exclude.includes(entry.name)) {
      const nested = await readdir(join(dir, entry.name), { recursive: true, withFileTypes: true });
      for (const e of nested) {
        if (e.isFile()) files.push(relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
      }
    }
  }
  return files.sort();
}

/** SHA-256 of a file, hex. */
export async function sha256File(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

/** The file a URL path resolves to in a static folder (`/a/` → `a/index.html`). */
export function fileOf(url: string): string {
  const path = decodeURIComponent(url.split('#')[0]!.split('?')[0]!).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path;
}

/**
 * `items.map(work)` with at most `limit` running at once: a folder of thousands of files
 * opened all at once runs out of file descriptors (EMFILE).
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!);
  });
  await Promise.all(lanes);
  return results;
}
