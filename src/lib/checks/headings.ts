/**
 * The `id` Astro gives each heading of a Markdown/MDX body: GitHub-style slugs of the
 * heading's text, numbered when repeated (`notes`, `notes-1`). Astro 7's MDX pipeline
 * uses github-slugger on the heading's text content; so do we, so anchors agree.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The text a reader sees in a node: text and code, not image alt or markup. */
export function textContent(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return node.children.map((child) => textContent(child as Nodes)).join('');
  return '';
}

/** Heading ids of a body, in document order, as the rendered page will carry them. */
export function headingIds(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(tree, 'heading', (heading: Heading) => {
    ids.push(slugger.slug(textContent(heading)));
  });
  return ids;
}
