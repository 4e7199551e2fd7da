/**
 * Parses one content file the way the CLI sees it: YAML documents and MDX front matter
 * through the `yaml` library (so every field keeps its line and column), bodies as text.
 */
import matter from 'gray-matter';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { FieldPath } from '../problems.ts';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedFile {
  data: unknown;
  body?: string;
  /** 1-based line where the body starts, for positions inside it. */
  bodyLine?: number;
  /** Syntax errors, already located. */
  syntaxErrors: Array<{ message: string } & Position>;
  /** Finds where a field is written; falls back to the nearest parent that exists. */
  locate(path: FieldPath): Position | undefined;
}

function locator(doc: Document, counter: LineCounter, lineOffset: number) {
  return (path: FieldPath): Position | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (range) {
        // Point at the key when the field is a map entry, so the author sees the name.
        const parent = depth > 0 ? doc.getIn(path.slice(0, depth - 1), true) : undefined;
        let offset = range[0];
        const key = path[depth - 1];
        if (isMap(parent)) {
          const pair = parent.items.find(
            (item) => (item.key as { value?: unknown } | null)?.value === key,
          );
          const keyRange = (pair?.key as { range?: [number, number, number] } | null)?.range;
          if (keyRange) offset = keyRange[0];
        } else if (isSeq(parent) && typeof key === 'number') {
          offset = range[0];
        }
        const pos = counter.linePos(offset);
        return { line: pos.line + lineOffset, column: pos.col };
      }
    }
    return undefined;
  };
}

function parseYaml(text: string, lineOffset: number) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors = doc.errors.map((e) => {
    const pos = counter.linePos(e.pos[0]);
    return {
      message: e.message.split('\n')[0] ?? e.message,
      line: pos.line + lineOffset,
      column: pos.col,
    };
  });
  return {
    data: syntaxErrors.length ? undefined : doc.toJS(),
    syntaxErrors,
    locate: locator(doc, counter, lineOffset),
  };
}

/** A YAML data file. */
export function parseYamlFile(text: string): ParsedFile {
  return parseYaml(text, 0);
}

/** A Markdown/MDX file with YAML front matter between `---` fences. */
export function parseMdxFile(text: string): ParsedFile {
  if (!/^---\r?\n/.test(text)) {
    return {
      data: undefined,
      body: text,
      bodyLine: 1,
      syntaxErrors: [{ message: 'front matter is missing: start the file with a --- line', line: 1, column: 1 }],
      locate: () => undefined,
    };
  }
  // gray-matter finds the fences; the yaml library parses what is between them.
  const split = matter(text, { engines: { yaml: () => ({}) } });
  const frontLines = split.matter.replace(/^\r?\n/, '').split('\n').length;
  const yaml = parseYaml(split.matter.replace(/^\r?\n/, ''), 1);
  return { ...yaml, body: split.content, bodyLine: frontLines + 3 };
}
