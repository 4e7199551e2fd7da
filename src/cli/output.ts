/**
 * How the CLI prints problems. Text for people: grouped by file, one line per problem
 * (`path:line:column  field  message (expected …, found …)`), a summary, colour only on a
 * terminal. JSON for tools: one stable object (see `ProblemReport`).
 */
import { styleText } from 'node:util';
import { plural } from '../lib/format.ts';
import { formatFieldPath, formatProblem, type Problem } from '../lib/problems.ts';

type Style = Parameters<typeof styleText>[0];

/** Where text goes: a stream, or anything with `write` (tests). */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  hasColors?: () => boolean;
}

/**
 * Whether to colour `stream`: `NO_COLOR` turns colour off, `FORCE_COLOR` (not 0) on;
 * otherwise only a terminal that supports colour gets it.
 */
export function useColor(stream: Output, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (env.NO_COLOR) return false;
  if (!stream.isTTY || env.TERM === 'dumb') return false;
  return typeof stream.hasColors === 'function' ? stream.hasColors() : true;
}

function painter(color: boolean) {
  return (style: Style, text: string) =>
    color ? styleText(style, text, { validateStream: false }) : text;
}

// The line format lives with the Problem type, so build errors and the CLI agree.
export { formatProblem };

/** "12 files checked: 1 error, 2 warnings". */
export function formatSummary(problems: readonly Problem[], files?: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const counts =
    problems.length === 0
      ? 'no problems'
      : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return `${files === undefined ? '' : `${plural(files, 'file')} checked: `}${counts}`;
}

/** The human report: a heading per file, then its problems, then a summary line. */
export function printProblems(
  problems: readonly Problem[],
  files?: number,
  stream: Output = process.stdout,
): void {
  const paint = painter(useColor(stream));
  let current: string | undefined;
  let text = '';
  for (const problem of problems) {
    if (problem.file !== current) {
      current = problem.file;
      text += `\n${paint('underline', current)}\n`;
    }
    const label =
      problem.severity === 'error' ? paint(['red', 'bold'], 'error  ') : paint('yellow', 'warning');
    text += `  ${label} ${formatProblem(problem)}  ${paint('dim', problem.rule)}\n`;
  }
  const errors = problems.some((p) => p.severity === 'error');
  text += `\n${paint(errors ? 'red' : 'green', formatSummary(problems, files))}\n`;
  stream.write(text);
}

/** One problem in the JSON report; every key is always present (null when unknown). */
export interface JsonProblem {
  severity: Problem['severity'];
  rule: string;
  file: string;
  line: number | null;
  column: number | null;
  /** The field as printed in text output, e.g. `matrix.overrides[0].raci`; "(file)" for the whole file. */
  field: string;
  /** The same field as a list of keys and indexes. */
  path: Array<string | number>;
  message: string;
  expected: string | null;
  found: string | null;
}

/** The `--format json` document. */
export interface ProblemReport {
  /** Bumped only when a key changes meaning or disappears. */
  version: 1;
  root: string;
  files: number;
  strict: boolean;
  summary: { errors: number; warnings: number };
  problems: JsonProblem[];
}

/** Builds the JSON report. */
export function problemReport(
  problems: readonly Problem[],
  meta: { root: string; files: number; strict: boolean },
): ProblemReport {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    version: 1,
    root: meta.root,
    files: meta.files,
    strict: meta.strict,
    summary: { errors, warnings: problems.length - errors },
    problems: problems.map((p) => ({
      severity: p.severity,
      rule: p.rule,
      file: p.file,
      line: p.line ?? null,
      column: p.line ? (p.column ?? 1) : null,
      field: formatFieldPath(p.path),
      path: [...p.path],
      message: p.message,
      expected: p.expected ?? null,
      found: p.found ?? null,
    })),
  };
}
