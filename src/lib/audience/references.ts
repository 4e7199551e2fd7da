/**
 * Which built files a page, stylesheet or script refers to. Assets carry an audience the
 * way pages do: assembly copies a non-page file into an audience folder only when a page
 * of that folder refers to it, directly or through the stylesheets and scripts it loads
 * (a font in a stylesheet, a chunk a script imports). Layout assets are referred to by
 * every page, so they reach every folder; an image in one client's policy reaches that
 * client only; one in a staff-only block reaches staff only. Verify applies the same rule
 * to what a folder holds, so a file no page of the folder refers to fails the build.
 */
import { posix } from 'node:path';
import { decodeEntities } from './html.ts';

/** Attributes whose value is an address (`srcset` holds several). */
const HTML_URL =
  /\s(href|src|srcset|poster|data|xlink:href|content)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
/** `url(…)` in CSS, and quoted relative or root-relative paths in CSS or JS. */
const CSS_OR_JS_URL = /url\(\s*(['"]?)([^'")\s]+)\1\s*\)|(['"`])((?:\/(?!\/)|\.\.?\/)[^'"`\s]+)\3/g;

/** The file (relative to the folder root) an address written in `from` names, if local. */
export function resolveReference(address: string, from: string): string | undefined {
  const trimmed = address.trim();
  if (!trimmed || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//'))
    return undefined;
  if (trimmed.startsWith('#')) return undefined;
  const path = trimmed.split('#')[0]!.split('?')[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  const absolute = decoded.startsWith('/')
    ? posix.normalize(decoded)
    : posix.normalize(posix.join('/', posix.dirname(from), decoded));
  const file = absolute.replace(/^\/+/, '');
  if (file === '' || file.endsWith('/')) return `${file}index.html`;
  return file;
}

/** Files an HTML page refers to, relative to the folder root. */
export function pageReferences(file: string, html: string): Set<string> {
  const found = new Set<string>();
  for (const m of html.matchAll(HTML_URL)) {
    const name = m[1]!.toLowerCase();
    const value = decodeEntities(m[2] ?? m[3] ?? '');
    const addresses =
      name === 'srcset'
        ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
        : [value];
    for (const address of addresses) {
      // `content` holds addresses only in a few meta tags; plain words resolve to no file.
      if (name === 'content' && !address.startsWith('/')) continue;
      const target = resolveReference(address, file);
      if (target) found.add(target);
    }
  }
  return found;
}

/** Files a stylesheet or script refers to. */
export function assetReferences(file: string, text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(CSS_OR_JS_URL)) {
    const target = resolveReference(m[2] ?? m[4] ?? '', file);
    if (target) found.add(target);
  }
  return found;
}

/** Whether a file's own references are followed (stylesheets and scripts). */
export function followsReferences(file: string): boolean {
  return /\.(?:css|m?js)$/i.test(file);
}

/**
 * Every file reachable from `start` through the references of stylesheets and scripts;
 * `referencesOf` gives a file's references (empty for files that have none).
 */
export function referenceClosure(
  start: Iterable<string>,
  referencesOf: (file: string) => ReadonlySet<string>,
): Set<string> {
  const seen = new Set<string>(start);
  const queue = [...seen];
  while (queue.length) {
    const file = queue.pop()!;
    if (!followsReferences(file)) continue;
    for (const next of referencesOf(file)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
