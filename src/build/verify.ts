/**
 * Proves each assembled folder stands on its own and keeps its secrets: every internal
 * link and anchor resolves inside the folder, and no client folder contains anything
 * that identifies another client, a staff-only document or a draft — in any file,
 * file name, or decompressed search-index file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Canary } from '../lib/audience/canaries.ts';
import type { MultiMatcher } from '../lib/audience/scanner.ts';
import { elementIds, internalLinks } from '../lib/audience/html.ts';
import { fileOf, listFiles, mapLimit } from './files.ts';

export interface VerifyIssue {
  folder: string;
  file: string;
  message: string;
}

const PAGEFIND_PREFIX = 'pagefind_dcd';

/**
 * The readable text of a file: Pagefind's `.pf_*` files are gzip with a signature prefix.
 * A search file that does not decompress is an error, never scanned as opaque bytes.
 */
export function readableText(file: string, bytes: Buffer): string {
  if (!/\.pf_[a-z]+$/.test(file)) return bytes.toString('utf8');
  const text = gunzipSync(bytes).toString('utf8');
  return text.startsWith(PAGEFIND_PREFIX) ? text.slice(PAGEFIND_PREFIX.length) : text;
}

/** Broken internal links and anchors in one folder. */
export async function checkLinks(sitesDir: string, folder: string): Promise<VerifyIssue[]> {
  const root = join(sitesDir, folder);
  const files = await listFiles(root, ['pagefind']);
  const present = new Set(files);
  const pages = files.filter((f) => f.endsWith('.html'));
  // Keep each page's links and ids, not its text: a staff folder of thousands of pages
  // held in memory at once was the build's peak.
  const read = await mapLimit(pages, 16, async (file) => {
    const html = await readFile(join(root, file), 'utf8');
    return [file, { links: new Set(internalLinks(html)), ids: elementIds(html) }] as const;
  });
  const byFile = new Map(read);
  const issues: VerifyIssue[] = [];
  for (const [file, { links }] of byFile) {
    for (const link of links) {
      if (link.startsWith('/pagefind/')) continue; // written by the index phase
      const target = fileOf(link);
      if (!present.has(target)) {
        issues.push({ folder, file, message: `links to ${link}, which is not in this folder` });
        continue;
      }
      const hash = link.split('#')[1];
      if (
        hash &&
        target.endsWith('.html') &&
        !byFile.get(target)?.ids.has(decodeURIComponent(hash))
      ) {
        issues.push({
          folder,
          file,
          message: `links to ${link}, but that page has no element with id "${hash}"`,
        });
      }
    }
  }
  return issues;
}

/** Every canary a client folder may not hold, found in its files and file names. */
export async function scanForLeaks(
  sitesDir: string,
  folder: string,
  matcher: MultiMatcher<Canary>,
  part: 'pages' | 'index' | 'all' = 'all',
): Promise<VerifyIssue[]> {
  const root = join(sitesDir, folder);
  const issues: VerifyIssue[] = [];
  const files =
    part === 'index'
      ? (await listFiles(join(root, 'pagefind'))).map((f) => `pagefind/${f}`)
      : await listFiles(root, part === 'pages' ? ['pagefind'] : []);
  for (const file of files) {
    let text: string;
    try {
      text = readableText(file, await readFile(join(root, file)));
    } catch (err) {
      issues.push({
        folder,
        file,
        message: `cannot be read to check it for leaks: ${(err as Error).message}`,
      });
      continue;
    }
    for (const canary of new Set([...matcher.find(text), ...matcher.find(`/${file}`)])) {
      if (!canary.allowed.has(folder))
        issues.push({ folder, file, message: `contains ${canary.what}: "${canary.text}"` });
    }
  }
  return issues;
}
