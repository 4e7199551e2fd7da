import { describe, expect, it } from 'vitest';
import { checkBodyNodes } from '../../../src/lib/checks/body-rules.ts';
import { page, sourceFrom, treeOf } from './helpers.ts';

function problems(body: string, file = 'services/x.mdx') {
  const source = sourceFrom('services', file, page(body));
  return checkBodyNodes(source, treeOf(source));
}

describe('checkBodyNodes', () => {
  it('accepts Markdown, GFM and a Callout with its props', () => {
    const body = [
      '## Heading',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '- [x] done',
      '',
      '![The console after a restore](/favicon.svg)',
      '',
      '<Callout type="warning" title="Careful">Text</Callout>',
      '',
      '{/* a note to editors */}',
    ].join('\n');
    expect(problems(body)).toEqual([]);
  });

  it('rejects unknown components and raw HTML, at the element', () => {
    const found = problems('Intro.\n\n<Chart />\n\nA <b>bold</b> word.');
    expect(found.map((p) => [p.rule, p.found, p.line, p.column])).toEqual([
      ['mdx/component', '<Chart>', 6, 1],
      ['mdx/component', '<b>', 8, 3],
    ]);
    expect(found[1]!.message).toMatch(/raw HTML/);
  });

  it('rejects Callout props it does not take, and computed props', () => {
    const found = problems('<Callout type="tip" icon="x" title={name}>T</Callout>');
    expect(found.map((p) => p.message)).toEqual([
      '<Callout type> has an unknown value',
      '<Callout> has no prop "icon"',
      '<Callout title> must be written as text',
    ]);
  });

  it('rejects code: imports, exports and expressions', () => {
    const found = problems("import X from 'x'\n\nexport const y = 1\n\nValue: {1 + 1}");
    expect(found.map((p) => p.rule)).toEqual(['mdx/code', 'mdx/code', 'mdx/code']);
  });

  it('rejects images without alt text, including reference images', () => {
    const found = problems('![](/a.png) and ![ ][logo]\n\n[logo]: /logo.png');
    expect(found.map((p) => p.rule)).toEqual(['mdx/image-alt', 'mdx/image-alt']);
  });

  it('rejects raw HTML and comments in plain Markdown pages', () => {
    const found = problems('<!-- note -->\n\n<div>x</div>\n', 'services/x.md');
    expect(found.map((p) => p.rule)).toEqual(['mdx/html-comment', 'mdx/component']);
  });
});
