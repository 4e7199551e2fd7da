/** `npm run check`: validate the content tree and report every problem. */
import { parseArgs } from 'node:util';
import { formatRules } from '../lib/checks/catalog.ts';
import { checkContent } from '../lib/checks/run.ts';
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import { printProblems, problemReport } from './output.ts';

export const checkHelp = `Usage: npm run check -- [--format text|json] [--strict] [--rules]

Validates every file under the content root (TANDEM_CONTENT, default ./content):
schemas, ids, references, the matrix rules, dates, MDX bodies and their links,
client names where other clients read, secrets and personal data.

  --format text   problems grouped by file, one line each (default):
                  path:line:column  field  message (expected …, found …)
  --format json   one JSON object for tools: {version, root, files, strict,
                  summary: {errors, warnings}, problems: [{severity, rule, file,
                  line, column, field, path, message, expected, found}]}
  --strict        treat warnings (e.g. a review due within 30 days) as errors
  --rules         list every rule id with its severity and meaning
  -h, --help      show this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the check could not run.
TANDEM_TODAY=YYYY-MM-DD pins "today" for the date rules.
`;

/** Prints a one-line failure; a person never sees a stack trace. */
function fail(message: string): number {
  process.stderr.write(`tandem check: ${message.split('\n')[0]}\n`);
  return 2;
}

/** Runs the check; returns the process exit code. */
export async function runCheckCommand(argv: string[]): Promise<number> {
  let values: { format?: string; strict?: boolean; help?: boolean; rules?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        strict: { type: 'boolean', default: false },
        rules: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    return fail(`${(err as Error).message} (see --help)`);
  }
  if (values.help) {
    process.stdout.write(checkHelp);
    return 0;
  }
  if (values.rules) {
    process.stdout.write(formatRules());
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    return fail(`--format must be "text" or "json", found "${values.format}"`);
  }
  const root = contentRoot();
  let result: Awaited<ReturnType<typeof checkContent>>;
  try {
    result = await checkContent(root, { today: today() });
  } catch (err) {
    // ContentCrash messages already say which file was being processed.
    return fail(`could not finish: ${err instanceof Error ? err.message : String(err)}`);
  }
  const strict = values.strict ?? false;
  const problems = strict
    ? result.problems.map((p) => ({ ...p, severity: 'error' as const }))
    : result.problems;
  if (values.format === 'json') {
    const report = problemReport(problems, { root, files: result.files, strict });
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  } else {
    printProblems(problems, result.files);
  }
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
