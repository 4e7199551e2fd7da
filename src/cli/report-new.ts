/** `npm run report:new`: scaffold next month's report as a draft from the last one. */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/checks/run.ts';
import { contentRoot } from '../lib/content/root.ts';
import { monthLabel, monthOf, shiftMonth, today } from '../lib/dates.ts';
import { parseMetricsFile } from '../lib/reports/metrics-import.ts';
import {
  carriedRecommendations,
  scaffoldReport,
  zeroMetrics,
  type ScaffoldInput,
} from '../lib/reports/scaffold.ts';
import { printProblems } from './output.ts';
import {
  CommandError,
  note,
  parseMonth,
  reportFile,
  requireClient,
  requireStaff,
  runCommand,
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
    if (month >= monthOf(day)) {
      throw new CommandError(
        `a report can only cover a month that has ended; ${month} is not over (today is ${day})`,
        2,
      );
    }
    const file = reportFile(root, client, month);
    if (existsSync(join(root, file))) {
      throw new CommandError(
        `${file} already exists; edit it instead (a published report is corrected with report:publish --correct)`,
      );
    }

    const earlier = (model.reportsByClient.get(client) ?? []).filter((r) => r.data.period < month);
    const previous = earlier.at(-1);
    if (previous) {
      step(`starting from ${previous.file} (${previous.data.status})`);
      if (previous.data.period !== shiftMonth(month, -1)) {
        note(
          `there is no report for ${monthLabel(shiftMonth(month, -1))}; carrying forward from ${monthLabel(previous.data.period)}`,
        );
      }
    } else {
      note(`this is ${client}'s first report`);
    }

    const preparedBy = values['prepared-by'] ?? previous?.data.prepared_by;
    if (!preparedBy) {
      throw new CommandError(`--prepared-by <staff-id> is required for a client's first report`, 2);
    }
    requireStaff(model, preparedBy, '--prepared-by');

    let metrics = previous?.data.metrics ?? zeroMetrics();
    let metricsSource: ScaffoldInput['metricsSource'] = previous
      ? { kind: 'previous', period: previous.data.period }
      : { kind: 'zero' };
    if (values.metrics) {
      const text = await readFile(values.metrics, 'utf8').catch(() => {
        throw new CommandError(`cannot read the metrics file ${values.metrics}`);
      });
      const imported = parseMetricsFile(values.metrics, text);
      if (!imported.metrics) {
        printProblems(imported.problems, undefined, process.stderr);
        throw new CommandError(`${values.metrics} was not imported; nothing was written`);
      }
      metrics = imported.metrics;
      metricsSource = { kind: 'file', file: values.metrics };
      step(`read ${Object.keys(metrics).length} figures from ${values.metrics}`);
    } else {
      note(
        previous
          ? `no --metrics file: the figures are ${monthLabel(previous.data.period)}'s, marked TODO`
          : 'no --metrics file: every figure is 0, marked TODO',
      );
    }

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

    const after = await checkContent(root, { today: day });
    const own = after.problems.filter((p) => p.file === file);
    if (own.length) printProblems(own);
    if (own.some((p) => p.severity === 'error')) {
      throw new CommandError(`the new draft does not pass the check; fix the errors above`);
    }
    step(`check passes for the draft (${own.length} warning(s))`);
    process.stdout.write(
      `\nNext: write the summary, events and headline, update each recommendation, then\n  npm run report:publish -- --client ${client} --month ${month} --reviewer <staff-id>\n`,
    );
    return 0;
  });
}
