import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/lib/content/body.ts';

describe('parseBody', () => {
  it('parses MDX with GFM tables and components', () => {
    const { tree, errors } = parseBody('| a | b |\n| - | - |\n| 1 | 2 |\n\n<Callout>\nx\n</Callout>\n', true);
    expect(errors).toEqual([]);
    expect(tree!.children.map((n) => n.type)).toEqual(['table', 'mdxJsxFlowElement']);
  });

  it('reports each HTML comment and still parses the rest', () => {
    const body = 'One <!-- a --> two.\n\n<!-- b\nspans lines -->\n\n# Title\n';
    const { tree, errors } = parseBody(body, true);
    expect(errors.map((e) => [e.kind, e.offset])).toEqual([
      ['html-comment', body.indexOf('<!-- a')],
      ['html-comment', body.indexOf('<!-- b')],
    ]);
    expect(tree!.children.at(-1)!.type).toBe('heading');
    expect(tree!.children.at(-1)!.position!.start.offset).toBe(body.indexOf('# Title'));
  });

  it('allows a comment inside code', () => {
    expect(parseBody('`<!-- ok -->`\n\n```html\n<!-- ok -->\n```\n', true).errors).toEqual([]);
  });

  it('reports other MDX syntax errors with their offset', () => {
    const { tree, errors } = parseBody('Fine.\n\nA {broken expression\n', true);
    expect(tree).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ kind: 'syntax' })]);
    expect(errors[0]!.offset).toBeGreaterThan(6);
  });

  it('reads plain Markdown without MDX rules', () => {
    const { tree, errors } = parseBody('A <!-- c --> and {braces}.\n', false);
    expect(errors).toEqual([]);
    expect(JSON.stringify(tree)).toContain('"type":"html"');
  });
});
