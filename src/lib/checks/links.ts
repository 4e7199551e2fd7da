/**
 * Internal links in a body must reach a page that exists, a heading or element that
 * exists on it, and a page every reader of the linking page may open: client-visible
 * content never links to staff-only pages or to another client's pages.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { covers, type Audience } from '../audience/audience.ts';
import type { SourceFile } from '../content/read.ts';
import type { Problem } from '../problems.ts';
import { bodyError } from './located.ts';
import type { SiteMap, SitePage } from './site-map.ts';

interface LinkNode extends Node {
  type: 'link' | 'definition';
  url: string;
}

/** A stand-in origin for resolving relative links the way a browser does. */
const ORIGIN = 'https://site.invalid';

/** Who can read pages of `audience`, in words. */
export function describeAudience(audience: Audience): string {
  if (audience.kind === 'all') return 'every client';
  if (audience.kind === 'staff') return 'staff only';
  return `only ${audience.ids.join(', ')}`;
}

function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

function sample(ids: Iterable<string>): string {
  const list = [...ids].filter((id) => id !== 'main');
  if (list.length === 0) return 'no anchors on that page (link to the page itself)';
  return `one of ${list.slice(0, 8).join(', ')}${list.length > 8 ? ', …' : ''}`;
}

/** Checks one link (`url` as written) on `page`. */
function checkLink(
  source: SourceFile,
  node: LinkNode,
  page: SitePage,
  site: SiteMap,
): Problem | undefined {
  const written = node.url;
  if (!written || isExternal(written)) return undefined;
  const resolved = new URL(written, `${ORIGIN}${page.url}`);
  let path: string;
  try {
    path = decodeURIComponent(resolved.pathname);
  } catch {
    path = resolved.pathname;
  }
  const target = site.get(path);
  if (!target) {
    const withSlash = site.get(`${path}/`);
    return bodyError(source, node, 'links/exists', `the link points to no page`, {
      expected: withSlash
        ? `${path}/ (page addresses end with a slash)`
        : 'the address of a page of this site, e.g. /services/<id>/',
      found: `"${written}"${written === path ? '' : ` (${path})`}`,
    });
  }
  if (!covers(target.audience, page.audience)) {
    const kind =
      target.audience.kind === 'staff' ? 'a staff-only page' : 'a page other clients cannot open';
    return bodyError(
      source,
      node,
      'links/audience',
      `the link points to ${kind}, but this page is read by ${describeAudience(page.audience)}`,
      {
        expected: `a page ${describeAudience(page.audience)} can open`,
        found: `"${written}" (readable by ${describeAudience(target.audience)})`,
      },
    );
  }
  const hash = resolved.hash.slice(1);
  if (!hash) return undefined;
  let anchor: string;
  try {
    anchor = decodeURIComponent(hash);
  } catch {
    anchor = hash;
  }
  const staffReader = page.audience.kind === 'staff';
  if (target.anchors.has(anchor) || (staffReader && target.staffAnchors.has(anchor)))
    return undefined;
  const staffOnly = target.staffAnchors.has(anchor);
  return bodyError(
    source,
    node,
    'links/anchor',
    staffOnly
      ? `the anchor "#${anchor}" is in a staff-only part of ${target.url}`
      : `${target.url} has no heading or element with id "${anchor}"`,
    { expected: sample(target.anchors), found: `"#${anchor}"` },
  );
}

/** Problems with the internal links written in one content body, shown on `page`. */
export function checkBodyLinks(
  source: SourceFile,
  tree: Root,
  page: SitePage,
  site: SiteMap,
): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node: Node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const problem = checkLink(source, node as LinkNode, page, site);
    if (problem) problems.push(problem);
  });
  return problems;
}
