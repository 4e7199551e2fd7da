import { describe, expect, it } from 'vitest';
import { checkBodyNodes } from '../../../src/lib/checks/body-rules.ts';
import { forbiddenScheme, isCommentOnly } from '../../../src/lib/content/mdx-guard.ts';
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
      '![The console after a restore](/favicon.png)',
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

describe('the expression predicate', () => {
  it.each(['/* a note */', ' /* one */ /* two */ ', '// a line comment\n', ''])(
    'allows a program of only comments: %j',
    (code) => {
      expect(isCommentOnly(code)).toBe(true);
    },
  );
  it.each([
    '/* a */ someCode() /* b */',
    '/* a */ process.env /* b */',
    'x',
    '1',
    '/* */ import("node:fs")',
    '/* unclosed',
    ')',
  ])('refuses %j', (code) => {
    expect(isCommentOnly(code)).toBe(false);
  });
});

describe('link schemes', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    [' JavaScript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java&#9;script:alert(1)', 'javascript'],
    ['vbscript:msgbox', 'vbscript'],
    ['data:text/html,<b>x</b>', 'data'],
    ['file:///etc/passwd', 'file'],
  ])('refuses %j, naming the %s scheme', (url, scheme) => {
    expect(forbiddenScheme(url)).toBe(scheme);
  });
  it.each([
    'https://example.com',
    'http://x',
    'mailto:a@b.c',
    'tel:+15550100',
    '/services/',
    '#top',
    'x/y',
  ])('allows %j', (url) => {
    expect(forbiddenScheme(url)).toBeUndefined();
  });
  it('reports a comment-wrapped expression, ESM, a script link and an SVG image, each placed', () => {
    const found = problems(
      [
        'Intro.',
        '',
        '{/* a */ globalThis.leak = 1 /* b */}',
        '',
        '[click](javascript:alert(1))',
        '',
        '![diagram](./net.svg)',
      ].join('\n'),
    );
    expect(found.map((p) => [p.rule, p.line])).toEqual([
      ['mdx/code', 6],
      ['links/scheme', 8],
      ['content/svg', 10],
    ]);
    expect(JSON.stringify(found)).not.toContain('globalThis');
  });
});
