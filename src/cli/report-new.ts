/** `npm run report:new`: scaffold next month's report as a draft from the last one. */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/checks/run.ts';
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import type { Entry } from '../lib/model/types.ts';
import type { Report } from '../schemas/index.ts';
import { parseMetricsFile } from '../lib/reports/metrics-import.ts';
import {
  preparedByFor,
  startingMetrics,
  startingPoint,
  unendedMonthRefusal,
} from '../lib/reports/new-report-plan.ts';
import {
  carriedRecommendations,
  scaffoldReport,
  type ScaffoldInput,
} from '../lib/reports/scaffold.ts';
import { printProblems } from './output.ts';
import {
  CommandError,
  parseMonth,
  reportFile,
  requireClient,
  requireStaff,
  runCommand,
  say,
  shown,
  step,
} from './report/common.ts';

/** The `--help` text. */
export const reportNewHelp = `Usage: npm run report:new -- --client <id> --month YYYY-MM [--metrics <file>] [--prepared-by <staff-id>]

Creates content/clients/<id>/reports/<YYYY-MM>.mdx as a draft, starting from the
client's latest earlier report:
  - recommendations still open or in progress are carried forward (same id, same
    raised month) for you to update;
  - the figures come from --metrics, or else are copied from last month with a
    "# TODO" note that report:publish refuses to publish until you remove it;
  - the body has the three usual headings, each with a one-line prompt.
It never overwrites an existing report. The content root is TANDEM_CONTENT
(default ./content).

  --client <id>            client id (the folder under content/clients/)
  --month YYYY-MM          the month the report covers; it must have ended
  --metrics <file>         this month's figures: a .csv of key,value rows or a .json
                           object; see docs/metrics-file.md (sample: examples/metrics-2026-10.csv)
  --prepared-by <staff>    author's staff id (default: the author of the last report)

Example:
  npm run report:new -- --client riverbend-cu --month 2026-11 --metrics examples/metrics-2026-10.csv
`;

/** This month's figures from `file`, or else the starting figures with a note saying so. */
async function draftMetrics(
  file: string | undefined,
  previous: Entry<Report> | undefined,
): Promise<Pick<ScaffoldInput, 'metrics' | 'metricsSource'>> {
  if (!file) {
    const start = startingMetrics(previous);
    say([start.said]);
    return start;
  }
  const text = await readFile(file, 'utf8').catch(() => {
    throw new CommandError(`cannot read the metrics file ${file}`);
  });
  const imported = parseMetricsFile(file, text);
  if (!imported.metrics) {
    printProblems(imported.problems, undefined, process.stderr);
    throw new CommandError(`${file} was not imported; nothing was written`);
  }
  step(`read ${Object.keys(imported.metrics).length} figures from ${file}`);
  return { metrics: imported.metrics, metricsSource: { kind: 'file', file } };
}

/** Checks the content with the new draft in place; refuses when the draft has errors. */
async function checkDraft(root: string, day: string, file: string): Promise<void> {
  const after = await checkContent(root, { today: day });
  const own = after.problems.filter((p) => p.file === file);
  if (own.length) printProblems(own);
  if (own.some((p) => p.severity === 'error')) {
    throw new CommandError(`the new draft does not pass the check; fix the errors above`);
  }
  step(`check passes for the draft (${own.length} warning(s))`);
}

/** Runs the command; returns the process exit code. */
export async function runReportNewCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      client: { type: 'string' },
      month: { type: 'string' },
      metrics: { type: 'string' },
      'prepared-by': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(reportNewHelp);
    return 0;
  }
  return runCommand(async () => {
    const month = parseMonth(values.month);
    const root = contentRoot();
    const day = today();
    const { model } = await checkContent(root, { today: day });
    if (!model) throw new CommandError(`cannot read the content in ${root}: run "npm run check"`);
    const client = requireClient(model, values.client);
    const unended = unendedMonthRefusal(month, day);
    if (unended) throw new CommandError(unended, 2);
    const file = reportFile(root, client, month);
    if (existsSync(join(root, file))) {
      throw new CommandError(
        `${file} already exists; edit it instead (a published report is corrected with report:publish --correct)`,
      );
    }

    const { previous, said } = startingPoint(model, client, month);
    say(said);

    const preparedBy = preparedByFor(values['prepared-by'], previous);
    if (!preparedBy) {
      throw new CommandError(`--prepared-by <staff-id> is required for a client's first report`, 2);
    }
    requireStaff(model, preparedBy, '--prepared-by');

    const { metrics, metricsSource } = await draftMetrics(values.metrics, previous);

    const text = scaffoldReport({
      client,
      period: month,
      preparedBy,
      ...(previous ? { previous: previous.data } : {}),
      metrics,
      metricsSource,
    });
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text, { flag: 'wx' });
    const carried = carriedRecommendations(previous?.data).length;
    step(
      `wrote ${shown(join(root, file))} as a draft, ${carried} recommendation(s) carried forward`,
    );

    await checkDraft(root, day, file);
    process.stdout.write(
      `\nNext: write the summary, events and headline, update each recommendation, then\n  npm run report:publish -- --client ${client} --month ${month} --reviewer <staff-id>\n`,
    );
    return 0;
  });
}
