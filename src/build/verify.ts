/**
 * Proves each assembled folder stands on its own and keeps its secrets: every internal
 * link and anchor resolves inside the folder, and no client folder contains anything
 * that identifies another client, a staff-only document or a draft — in any file,
 * file name, or decompressed search-index file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { mayAppearIn, type Canary } from '../lib/audience/canaries.ts';
import type { NameMatcher } from '../lib/audience/match.ts';
import type { TextKind } from '../lib/audience/normalise.ts';
import { forbiddenScheme } from '../lib/content/mdx-guard.ts';
import {
  assetReferences,
  followsReferences,
  pageReferences,
  referenceClosure,
} from '../lib/audience/references.ts';
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

/** Files every folder has that no page refers to: written by the build for the host. */
const HOST_FILES = new Set(['robots.txt', '_headers', 'SHA256SUMS']);

/**
 * Non-page files of a client folder that no page of the folder refers to, directly or
 * through a stylesheet or script: the same rule assembly copies by (references.ts).
 */
async function unreferencedFiles(
  root: string,
  folder: string,
  files: readonly string[],
  pageRefs: readonly string[],
): Promise<VerifyIssue[]> {
  const assets = files.filter((f) => !f.endsWith('.html') && !HOST_FILES.has(f));
  const refs = new Map<string, ReadonlySet<string>>();
  for (const file of assets.filter(followsReferences))
    refs.set(file, assetReferences(file, await readFile(join(root, file), 'utf8')));
  const reached = referenceClosure(pageRefs, (f) => refs.get(f) ?? new Set());
  return assets
    .filter((file) => !reached.has(file))
    .map((file) => ({
      folder,
      file,
      message:
        'is referred to by no page or stylesheet of this folder (a file reaches a client only through its pages)',
    }));
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
    const unsafe = unsafeMarkup(file, html);
    const refs = folder === 'staff' ? undefined : pageReferences(file, html);
    return [
      file,
      { links: new Set(internalLinks(html)), ids: elementIds(html), unsafe, refs },
    ] as const;
  });
  const byFile = new Map(read);
  const issues: VerifyIssue[] = [];
  for (const [file, { unsafe }] of byFile)
    for (const message of unsafe) issues.push({ folder, file, message });
  if (folder !== 'staff') {
    const refs = [...byFile.values()].flatMap((page) => [...(page.refs ?? [])]);
    issues.push(...(await unreferencedFiles(root, folder, files, refs)));
  }
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

/** Files read as text for the scan; anything else (images, fonts, WebAssembly) by name only. */
const TEXT_FILE =
  /(?:\.(?:html?|css|js|mjs|json|csv|xml|txt|svg|webmanifest|map|pf_[a-z]+)|\/_headers|^_headers|SHA256SUMS)$/i;

function kindOf(file: string): TextKind {
  return /\.html?$/i.test(file) ? 'html' : 'text';
}

/** Attributes whose value a browser follows as an address. */
const URL_ATTRIBUTE =
  /\s(?:href|src|action|formaction|poster|xlink:href|data)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** Problems no page or file may have in any folder: script addresses and scripted SVG. */
export function unsafeMarkup(file: string, text: string): string[] {
  const found: string[] = [];
  if (/\.html?$/i.test(file)) {
    for (const m of text.matchAll(URL_ATTRIBUTE)) {
      const scheme = forbiddenScheme(m[1] ?? m[2] ?? '');
      if (scheme) found.push(`links to a "${scheme}:" address (rule links/scheme)`);
    }
  }
  if (/\.svg$/i.test(file) && /<script\b|<foreignObject\b|\son[a-z]+\s*=|javascript:/i.test(text))
    found.push('is an SVG with script in it (rule content/svg)');
  return [...new Set(found)];
}

/**
 * Every canary a client folder may not hold, found after normalisation in the text of its
 * pages (text and attribute values), styles, scripts, data files, `_headers`, the
 * decompressed search files, and every file name.
 */
export async function scanForLeaks(
  sitesDir: string,
  folder: string,
  matcher: NameMatcher<Canary>,
  part: 'pages' | 'index' | 'all' = 'all',
): Promise<VerifyIssue[]> {
  const root = join(sitesDir, folder);
  const files =
    part === 'index'
      ? (await listFiles(join(root, 'pagefind'))).map((f) => `pagefind/${f}`)
      : await listFiles(root, part === 'pages' ? ['pagefind'] : []);
  const perFile = await mapLimit(files, 8, async (file) => {
    const issues: VerifyIssue[] = [];
    const found = matcher.find(`/${file}`);
    if (TEXT_FILE.test(file)) {
      let text: string;
      try {
        text = readableText(file, await readFile(join(root, file)));
      } catch (err) {
        return [
          {
            folder,
            file,
            message: `cannot be read to check it for leaks: ${(err as Error).message}`,
          },
        ];
      }
      for (const canary of matcher.find(text, kindOf(file), true)) found.add(canary);
      // Pages are checked for script addresses by checkLinks, in every folder.
      if (kindOf(file) !== 'html')
        for (const message of unsafeMarkup(file, text)) issues.push({ folder, file, message });
    }
    for (const canary of found) {
      if (!mayAppearIn(canary, folder))
        issues.push({ folder, file, message: `contains ${canary.what}: "${canary.text}"` });
    }
    return issues;
  });
  return perFile.flat();
}
