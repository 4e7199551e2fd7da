import { describe, expect, it } from 'vitest';
import { parseMdxFile, parseYamlFile } from '../../../src/lib/content/parse.ts';

const PAGE = [
  '---',
  'title: Hello',
  'list:',
  '  - a',
  "  - { x: 'value' }",
  '---',
  '',
  '# Body heading',
  '',
].join('\n');

describe('parseMdxFile', () => {
  it('splits front matter and body, with the body position in the file', () => {
    const parsed = parseMdxFile(PAGE);
    expect(parsed.data).toEqual({ title: 'Hello', list: ['a', { x: 'value' }] });
    expect(parsed.body).toBe('\n# Body heading\n');
    expect(parsed.bodyLine).toBe(7);
    expect(PAGE.slice(parsed.bodyOffset)).toBe(parsed.body);
  });

  it('locates fields at their key, counting the opening fence', () => {
    const parsed = parseMdxFile(PAGE);
    expect(parsed.locate(['title'])).toEqual({ line: 2, column: 1 });
    expect(parsed.locate(['list', 1, 'x'])).toEqual({ line: 5, column: 7 });
    // A missing field falls back to its nearest parent.
    expect(parsed.locate(['list', 1, 'nope'])).toEqual({ line: 5, column: 5 });
  });

  it('names the field that covers an offset in the file', () => {
    const parsed = parseMdxFile(PAGE);
    expect(parsed.fieldAt(PAGE.indexOf('Hello'))).toEqual(['title']);
    expect(parsed.fieldAt(PAGE.indexOf('value'))).toEqual(['list', 1, 'x']);
    expect(parsed.fieldAt(PAGE.indexOf('- a') + 2)).toEqual(['list', 0]);
    expect(parsed.positionAt(PAGE.indexOf('Body'))).toEqual({ line: 8, column: 3 });
  });

  it('lists every string value with its offset', () => {
    const strings = parseMdxFile(PAGE).strings();
    expect(strings.map((s) => [s.path, s.value])).toEqual([
      [['title'], 'Hello'],
      [['list', 0], 'a'],
      [['list', 1, 'x'], 'value'],
    ]);
    expect(PAGE.slice(strings[2]!.offset, strings[2]!.end)).toBe("'value'");
  });

  it('places YAML syntax errors in the file', () => {
    const parsed = parseMdxFile('---\ntitle: ok\nbad: [1\n---\nBody');
    expect(parsed.data).toBeUndefined();
    expect(parsed.syntaxErrors[0]).toMatchObject({ line: 3, column: 8 });
  });

  it('keeps positions right with Windows line endings', () => {
    const parsed = parseMdxFile('---\r\ntitle: Hi\r\nsummary: There\r\n---\r\nBody');
    expect(parsed.data).toEqual({ title: 'Hi', summary: 'There' });
    expect(parsed.locate(['summary'])).toEqual({ line: 3, column: 1 });
    expect(parsed.body).toBe('Body');
    expect(parsed.bodyLine).toBe(5);
  });

  it('says when the front matter is missing or never closed', () => {
    expect(parseMdxFile('# Just a body').syntaxErrors[0]!.message).toMatch(/missing/);
    const open = parseMdxFile('---\ntitle: x\n# no end');
    expect(open.syntaxErrors[0]!.message).toMatch(/never closed/);
    expect(open.body).toBeUndefined();
  });

  it('accepts empty front matter', () => {
    const parsed = parseMdxFile('---\n---\nBody');
    expect(parsed.syntaxErrors).toEqual([]);
    expect(parsed.body).toBe('Body');
  });
});

describe('parseYamlFile', () => {
  it('rejects a key written twice', () => {
    const parsed = parseYamlFile('a: 1\na: 2\n');
    expect(parsed.syntaxErrors[0]).toMatchObject({ line: 2, column: 1 });
  });

  it('gives the path of an offset inside a nested flow map', () => {
    const text = 'items:\n  - { id: one, raci: { it: R } }\n';
    expect(parseYamlFile(text).fieldAt(text.indexOf('R }'))).toEqual(['items', 0, 'raci', 'it']);
  });
});
