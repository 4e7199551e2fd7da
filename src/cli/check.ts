/** `npm run check`: validate the content tree and report every problem. */
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/checks/run.ts';
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import { printProblems } from './output.ts';

export const checkHelp = `Usage: npm run check -- [--format text|json] [--strict]

Validates every file under the content root (TANDEM_CONTENT, default ./content).

  --format json   print problems as JSON for tools
  --strict        treat warnings as errors
`;

/** Runs the check; returns the process exit code. */
export async function runCheckCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string', default: 'text' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(checkHelp);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    process.stderr.write(`--format must be "text" or "json", found "${values.format}"\n`);
    return 2;
  }
  const root = contentRoot();
  const result = await checkContent(root, { today: today() });
  const problems = values.strict
    ? result.problems.map((p) => ({ ...p, severity: 'error' as const }))
    : result.problems;
  if (values.format === 'json') {
    process.stdout.write(JSON.stringify({ root, files: result.files, problems }, null, 2) + '\n');
  } else {
    printProblems(problems, result.files);
  }
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
