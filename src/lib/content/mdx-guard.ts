/**
 * What an MDX body may not do, as one set of predicates used twice: by `npm run check`
 * (src/lib/checks/body-rules.ts), which reports each finding with its line and column,
 * and by the render guard (src/lib/content/mdx-render-guard.ts, a Vite pre-transform in
 * astro.config.mjs), which refuses to compile an `.mdx` file that breaks any of them even
 * when the check was skipped. Content may not run code, load script through a link, or
 * embed an SVG image.
 */
import { parse } from 'acorn';
import { decodeHTML } from 'entities';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENT_NAMES } from './components.ts';

/**
 * Whether an MDX expression or ESM block is only comments: its program, parsed with acorn
 * (the parser MDX itself uses), has no statements. `{/* note *\/}` passes;
 * `{/* a *\/ run() /* b *\/}` and anything acorn cannot parse do not.
 */
export function isCommentOnly(code: string): boolean {
  try {
    const program = parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'module',
      allowHashBang: false,
    });
    return program.body.length === 0;
  } catch {
    return false;
  }
}

/** The URL schemes a link or image in content may use. Relative addresses have none. */
export const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The scheme of `url` when it is not allowed, as a browser would read it: character
 * references decoded, tabs and line breaks inside removed, leading spaces and control
 * characters ignored (`java&#9;script:` and ` JAVASCRIPT:` are both `javascript`).
 */
export function forbiddenScheme(url: string): string | undefined {
  const cleaned = decodeHTML(url)
    // eslint-disable-next-line no-control-regex
    .replace(/^[\u0000-\u0020]+/, '')
    .replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (!scheme) return undefined;
  return ALLOWED_SCHEMES.has(scheme) ? undefined : scheme;
}

/** Whether `url` names an SVG file (by extension, or a `data:image/svg` URL). */
export function isSvgUrl(url: string): boolean {
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  return path.endsWith('.svg') || path.endsWith('.svgz') || /^\s*data:image\/svg/i.test(url);
}

/** One thing in a body that must not be compiled. */
export interface UnsafeNode {
  node: Node;
  rule: 'mdx/code' | 'mdx/component' | 'links/scheme' | 'content/svg';
  message: string;
  expected: string;
  /** What was found, described without quoting the content. */
  found: string;
}

interface ValueNode extends Node {
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: Array<{
    type: string;
    name?: string;
    value?: string | { type: string; value: string } | null;
  }>;
}

const COMPONENTS = new Set<string>(MDX_COMPONENT_NAMES);

/** Everything in `tree` that would run code, load script, or embed SVG if compiled. */
export function unsafeNodes(tree: Root): UnsafeNode[] {
  const found: UnsafeNode[] = [];
  visit(tree, (node: Node) => {
    const n = node as ValueNode;
    switch (node.type) {
      case 'mdxjsEsm':
        found.push({
          node,
          rule: 'mdx/code',
          message: 'content cannot import or export code',
          expected: 'Markdown, or a component available without an import',
          found: 'an import or export statement',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(n.value ?? '')) {
          found.push({
            node,
            rule: 'mdx/code',
            message: 'content cannot run code in { } expressions',
            expected: 'plain text (write \\{ for a literal brace), or only a {/* comment */}',
            found: 'a { } expression that is more than comments',
          });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!n.name || !COMPONENTS.has(n.name)) {
          found.push({
            node,
            rule: 'mdx/component',
            message: 'only the content components may be used',
            expected: `Markdown, or one of ${MDX_COMPONENT_NAMES.map((c) => `<${c}>`).join(', ')}`,
            found: n.name ? `<${n.name}>` : 'a fragment <>',
          });
        }
        for (const attribute of n.attributes ?? []) {
          const code =
            attribute.type === 'mdxJsxExpressionAttribute'
              ? String(attribute.value ?? '')
              : typeof attribute.value === 'object' && attribute.value
                ? attribute.value.value
                : undefined;
          if (code !== undefined && !isCommentOnly(code)) {
            found.push({
              node,
              rule: 'mdx/code',
              message: 'component props cannot run code',
              expected: 'props written as text, e.g. type="note"',
              found: 'a {…} expression in a prop',
            });
          }
        }
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = forbiddenScheme(n.url ?? '');
        if (scheme) {
          found.push({
            node,
            rule: 'links/scheme',
            message: `a ${node.type === 'image' ? 'image' : 'link'} with the "${scheme}:" scheme is not allowed`,
            expected: 'an http(s), mailto or tel address, or a path on this site',
            found: `a "${scheme}:" address`,
          });
        } else if (node.type === 'image' && isSvgUrl(n.url ?? '')) {
          found.push({
            node,
            rule: 'content/svg',
            message: 'SVG images are not allowed in content (an SVG can carry script)',
            expected: 'a PNG, JPEG, WebP or AVIF image',
            found: 'an .svg image',
          });
        }
        break;
      }
    }
  });
  return found;
}
