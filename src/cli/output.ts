/** How the CLI prints problems: grouped by file, coloured only on a terminal. */
import { styleText } from 'node:util';
import { formatFieldPath, type Problem } from '../lib/problems.ts';

type Style = Parameters<typeof styleText>[0];

function paint(style: Style, text: string, stream: NodeJS.WriteStream): string {
  return styleText(style, text, { stream, validateStream: true });
}

/** One line per problem: `path:line:column  field  message (expected …, found …)`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line
    ? `${problem.file}:${problem.line}:${problem.column ?? 1}`
    : problem.file;
  const detail = [
    problem.expected && `expected ${problem.expected}`,
    problem.found && `found ${problem.found}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}  ${formatFieldPath(problem.path)}  ${problem.message}${detail ? ` (${detail})` : ''}`;
}

/** The human report: a heading per file, then its problems, then a summary line. */
export function printProblems(
  problems: readonly Problem[],
  files?: number,
  stream: NodeJS.WriteStream = process.stdout,
): void {
  let current = '';
  for (const problem of problems) {
    if (problem.file !== current) {
      current = problem.file;
      stream.write(`\n${paint('underline', current, stream)}\n`);
    }
    const label =
      problem.severity === 'error'
        ? paint(['red', 'bold'], 'error  ', stream)
        : paint('yellow', 'warning', stream);
    stream.write(`  ${label} ${formatProblem(problem)}  ${paint('dim', problem.rule, stream)}\n`);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary = `${files === undefined ? '' : `${files} files checked: `}${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  stream.write(`\n${errors ? paint('red', summary, stream) : paint('green', summary, stream)}\n`);
}
