/**
 * Parses one content file the way the CLI sees it: YAML documents and MDX front matter
 * through the `yaml` library (so every field keeps its line and column), bodies as text.
 * Every position is in the FILE: front matter and body offsets are already added.
 */
import matter from 'gray-matter';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { error, type FieldPath, type Problem } from '../problems.ts';
import { LineIndex, type Position } from './text.ts';

export type { Position } from './text.ts';

/** A string value written in the YAML, with where it starts in the file. */
export interface YamlString {
  path: FieldPath;
  value: string;
  /** Offset in the file text of the scalar as written (quotes included). */
  offset: number;
  /** Offset just past the scalar as written. */
  end: number;
}

export interface ParsedFile {
  data: unknown;
  body?: string;
  /** 1-based line where the body starts, for positions inside it. */
  bodyLine?: number;
  /** Offset in the file text where the body starts. */
  bodyOffset?: number;
  /** Syntax errors, already located. */
  syntaxErrors: Array<{ message: string } & Position>;
  /** Finds where a field is written; falls back to the nearest parent that exists. */
  locate(path: FieldPath): Position | undefined;
  /** Line and column of an offset in the file text. */
  positionAt(offset: number): Position;
  /** The field whose written value covers `offset` in the file text; `[]` when none does. */
  fieldAt(offset: number): FieldPath;
  /** Every string value in the YAML (keys excluded), in document order. */
  strings(): YamlString[];
}

type Ranged = { range?: [number, number, number] | null };

function rangeOf(node: unknown): [number, number, number] | undefined {
  return (node as Ranged | null)?.range ?? undefined;
}

function pathTo(node: unknown, offset: number, path: Array<string | number>): boolean {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      const keyRange = rangeOf(pair.key);
      const valueRange = rangeOf(pair.value);
      const start = keyRange?.[0] ?? valueRange?.[0];
      const end = valueRange?.[1] ?? keyRange?.[1];
      if (start === undefined || end === undefined || offset < start || offset >= end) continue;
      path.push(typeof key === 'number' ? key : String(key));
      if (valueRange && offset >= valueRange[0]) pathTo(pair.value, offset, path);
      return true;
    }
    return false;
  }
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const range = rangeOf(item);
      if (!range || offset < range[0] || offset >= range[1]) continue;
      path.push(index);
      pathTo(item, offset, path);
      return true;
    }
  }
  return false;
}

function collectStrings(
  node: unknown,
  path: Array<string | number>,
  shift: number,
  out: YamlString[],
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      collectStrings(pair.value, [...path, String(key)], shift, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => collectStrings(item, [...path, i], shift, out));
  } else if (isScalar(node) && typeof node.value === 'string') {
    const range = rangeOf(node);
    if (range) out.push({ path, value: node.value, offset: range[0] + shift, end: range[1] + shift });
  }
}

function locator(doc: Document, toPosition: (offset: number) => Position) {
  return (path: FieldPath): Position | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      const range = rangeOf(node);
      if (range) {
        // Point at the key when the field is a map entry, so the author sees the name.
        const parent = depth > 0 ? doc.getIn(path.slice(0, depth - 1), true) : undefined;
        let offset = range[0];
        const key = path[depth - 1];
        if (isMap(parent)) {
          const pair = parent.items.find(
            (item) => (item.key as { value?: unknown } | null)?.value === key,
          );
          const keyRange = rangeOf(pair?.key);
          if (keyRange) offset = keyRange[0];
        }
        return toPosition(offset);
      }
    }
    return undefined;
  };
}

/** Parses `yaml`, which starts at `shift` in a file whose lines `lines` indexes. */
function parseYaml(yaml: string, shift: number, lines: LineIndex) {
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number) => lines.positionAt(offset + shift);
  const syntaxErrors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0] ?? e.message,
    ...toPosition(e.pos[0]),
  }));
  return {
    data: syntaxErrors.length ? undefined : doc.toJS(),
    syntaxErrors,
    locate: locator(doc, toPosition),
    positionAt: (offset: number) => lines.positionAt(offset),
    fieldAt: (offset: number): FieldPath => {
      const path: Array<string | number> = [];
      pathTo(doc.contents, offset - shift, path);
      return path;
    },
    strings: () => {
      const out: YamlString[] = [];
      collectStrings(doc.contents, [], shift, out);
      return out;
    },
  };
}

/** A YAML data file. */
export function parseYamlFile(text: string): ParsedFile {
  return parseYaml(text, 0, new LineIndex(text));
}

/** A Markdown/MDX file with YAML front matter between `---` fences. */
export function parseMdxFile(text: string): ParsedFile {
  const lines = new LineIndex(text);
  // Without a closed front matter there is no telling where the body starts.
  const unparsable = (message: string, hasBody: boolean): ParsedFile => ({
    data: undefined,
    ...(hasBody ? { body: text, bodyLine: 1, bodyOffset: 0 } : {}),
    syntaxErrors: [{ message, line: 1, column: 1 }],
    locate: () => undefined,
    positionAt: (offset) => lines.positionAt(offset),
    fieldAt: () => [],
    strings: () => [],
  });
  if (!/^---\r?\n/.test(text)) {
    return unparsable('front matter is missing: start the file with a --- line', true);
  }
  const yamlStart = text.indexOf('\n') + 1;
  if (!/^---[ \t]*(\r?\n|$)|\n---[ \t]*(\r?\n|$)/.test(text.slice(yamlStart))) {
    return unparsable('front matter is never closed: end it with a --- line', false);
  }
  // gray-matter finds the fences; the yaml library parses what is between them.
  const split = matter(text, { engines: { yaml: () => ({}) } });
  const bodyOffset = text.length - split.content.length;
  // gray-matter keeps the \r of a Windows line ending before the closing fence.
  const yaml = parseYaml(split.matter.replace(/^\r?\n/, '').replace(/\r$/, ''), yamlStart, lines);
  return {
    ...yaml,
    body: split.content,
    bodyOffset,
    bodyLine: lines.positionAt(bodyOffset).line,
  };
}

/**
 * One problem per syntax error of `parsed`: "cannot parse <what>: …" under `rule`, at the
 * error's line and column.
 */
export function syntaxProblems(
  parsed: ParsedFile,
  file: string,
  what: string,
  rule = 'syntax',
  expected: string | undefined = 'valid YAML',
): Problem[] {
  const detail = expected ? { expected } : {};
  return parsed.syntaxErrors.map((e) => ({
    ...error(rule, file, [], `cannot parse ${what}: ${e.message}`, detail),
    line: e.line,
    column: e.column,
  }));
}
