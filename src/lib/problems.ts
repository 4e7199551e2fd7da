/**
 * A problem found in the content: the unit every check produces and every reporter
 * prints. It always names the file and the field; `expected` and `found` say what was
 * wanted and what was there.
 */
export type FieldPath = ReadonlyArray<string | number>;

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Short rule id, e.g. "matrix/one-accountable"; stable for tools and docs. */
  rule: string;
  /** Path of the file relative to the content root, posix separators. */
  file: string;
  /** Where in the file's data the problem is; empty for the file as a whole. */
  path: FieldPath;
  message: string;
  expected?: string;
  found?: string;
  /** 1-based position, when the reader could locate the field. */
  line?: number;
  column?: number;
}

/** Renders a field path the way an author reads it: `matrix.overrides[2].raci.provider`. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out || '(file)';
}

/** A problem of one severity, from what every check knows: rule, file, field and message. */
function problemOf(severity: Problem['severity']) {
  return (
    rule: string,
    file: string,
    path: FieldPath,
    message: string,
    detail: { expected?: string; found?: string } = {},
  ): Problem => ({ severity, rule, file, path, message, ...detail });
}

/** Shorthand for an error. */
export const error = problemOf('error');

/** Shorthand for a warning. */
export const warning = problemOf('warning');

/** The order an author fixes them in: by file, then position, then field. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      formatFieldPath(a.path).localeCompare(formatFieldPath(b.path)) ||
      a.message.localeCompare(b.message),
  );
}

/** `path:line:column` of a problem (just the path when the position is unknown). */
export function formatWhere(problem: Problem): string {
  return problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
}

/** One line per problem: `path:line:column  field  message (expected …, found …)`. */
export function formatProblem(problem: Problem): string {
  const detail = [
    problem.expected && `expected ${problem.expected}`,
    problem.found && `found ${problem.found}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${formatWhere(problem)}  ${formatFieldPath(problem.path)}  ${problem.message}${detail ? ` (${detail})` : ''}`;
}

/** Plain-text block for a thrown build error: one line per problem. */
export function formatProblemsPlain(problems: readonly Problem[]): string {
  return sortProblems(problems).map(formatProblem).join('\n');
}
