/**
 * What a page body may contain: Markdown, and the MDX components content authors are
 * given (src/lib/content/components.ts) with the props they take. No imports, no code,
 * no raw HTML, and every image says what it shows.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENT_NAMES } from '../content/components.ts';
import { unsafeNodes } from '../content/mdx-guard.ts';
import type { SourceFile } from '../content/read.ts';
import type { Problem } from '../problems.ts';
import { bodyError } from './located.ts';

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string; value: string } | null;
}

interface JsxElement extends Node {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
}

interface ValueNode extends Node {
  value: string;
}

interface ImageNode extends Node {
  type: 'image' | 'imageReference';
  alt?: string | null;
  url?: string;
}

/** Props each allowed component takes, and the values a prop may have (undefined: any text). */
const COMPONENT_PROPS: Record<string, Record<string, readonly string[] | undefined>> = {
  Callout: { type: ['note', 'warning'], title: undefined },
};

const ALLOWED = new Set<string>(MDX_COMPONENT_NAMES);
const allowedList = MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ');

function checkElement(source: SourceFile, node: JsxElement): Problem[] {
  const name = node.name;
  if (!name || !ALLOWED.has(name)) {
    const found = name ? `<${name}>` : 'a fragment <>';
    const html = name !== null && /^[a-z]/.test(name);
    return [
      bodyError(
        source,
        node,
        'mdx/component',
        html
          ? `raw HTML ${found} is not allowed in content; write Markdown instead`
          : `unknown MDX component ${found}`,
        { expected: `Markdown, or one of ${allowedList}`, found },
      ),
    ];
  }
  const props = COMPONENT_PROPS[name] ?? {};
  const problems: Problem[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push(
        bodyError(source, node, 'mdx/component', `<${name}> props cannot be computed`, {
          expected: 'props written as text, e.g. type="note"',
          found: 'a {…} expression',
        }),
      );
      continue;
    }
    const propName = attribute.name;
    if (!(propName in props)) {
      problems.push(
        bodyError(source, node, 'mdx/component', `<${name}> has no prop "${propName}"`, {
          expected: `props ${Object.keys(props).join(', ') || '(none)'}`,
          found: `"${propName}"`,
        }),
      );
      continue;
    }
    const allowed = props[propName];
    const value = attribute.value;
    if (typeof value !== 'string') {
      problems.push(
        bodyError(source, node, 'mdx/component', `<${name} ${propName}> must be written as text`, {
          expected: allowed ? allowed.map((v) => `"${v}"`).join(' | ') : 'text in quotes',
          found: value ? 'a {…} expression' : 'no value',
        }),
      );
    } else if (allowed && !allowed.includes(value)) {
      problems.push(
        bodyError(source, node, 'mdx/component', `<${name} ${propName}> has an unknown value`, {
          expected: allowed.map((v) => `"${v}"`).join(' | '),
          found: `"${value}"`,
        }),
      );
    }
  }
  return problems;
}

/** The first tag of raw HTML, as `<name>`, without its attributes or text. */
function htmlTagOf(html: string): string {
  const name = /<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html)?.[1];
  return name ? `<${name.toLowerCase()}>` : 'raw HTML';
}

/** Problems with components, code, raw HTML and images in one parsed body. */
export function checkBodyNodes(source: SourceFile, tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node: Node) => {
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...checkElement(source, node as JsxElement));
        break;
      case 'html': {
        const value = (node as ValueNode).value.trim();
        const comment = value.startsWith('<!--');
        problems.push(
          bodyError(
            source,
            node,
            comment ? 'mdx/html-comment' : 'mdx/component',
            comment
              ? 'an HTML comment is not allowed in content'
              : 'raw HTML is not allowed in content; write Markdown instead',
            {
              expected: comment ? 'no HTML comments (the build uses them as markers)' : 'Markdown',
              // The tag name only: the markup itself is content, never echoed.
              found: comment ? 'an HTML comment' : htmlTagOf(value),
            },
          ),
        );
        break;
      }
      case 'image':
      case 'imageReference': {
        const image = node as ImageNode;
        if (!image.alt?.trim()) {
          problems.push(
            bodyError(source, node, 'mdx/image-alt', 'the image has no alt text', {
              expected: '![what the image shows](…)',
              found: image.url ? `![](${image.url})` : 'an empty alt',
            }),
          );
        }
        break;
      }
    }
  });
  // Code, script links and SVG: the same predicates the render guard applies. Components
  // and their props are reported above, with the props they take.
  for (const finding of unsafeNodes(tree)) {
    if (finding.node.type === 'mdxJsxFlowElement' || finding.node.type === 'mdxJsxTextElement')
      continue;
    problems.push(
      bodyError(source, finding.node, finding.rule, finding.message, {
        expected: finding.expected,
        found: finding.found,
      }),
    );
  }
  return problems;
}
