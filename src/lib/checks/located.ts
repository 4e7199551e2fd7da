/** Problems found in a file's raw text, placed at the line and column of what was found. */
import type { Node } from 'unist';
import type { SourceFile } from '../content/read.ts';
import { error, type FieldPath, type Problem } from '../problems.ts';

/** The field of the body, as problems name it. */
export const BODY: FieldPath = ['body'];

/** `problem` placed at `offset` in the file's text. */
export function placed(source: SourceFile, offset: number, problem: Problem): Problem {
  return { ...problem, ...source.parsed.positionAt(offset) };
}

/** Offset in the file of a node of the body's syntax tree. */
export function nodeOffset(source: SourceFile, node: Node): number {
  return (source.parsed.bodyOffset ?? 0) + (node.position?.start.offset ?? 0);
}

/** An error about a node of the body, placed where the node starts. */
export function bodyError(
  source: SourceFile,
  node: Node,
  rule: string,
  message: string,
  detail: { expected?: string; found?: string } = {},
): Problem {
  return placed(source, nodeOffset(source, node), error(rule, source.file, BODY, message, detail));
}

/** The field a raw-text offset falls in: the body, a front matter field, or the file. */
export function fieldAtOffset(source: SourceFile, offset: number): FieldPath {
  const { bodyOffset } = source.parsed;
  if (bodyOffset !== undefined && offset >= bodyOffset) return BODY;
  return source.parsed.fieldAt(offset);
}
