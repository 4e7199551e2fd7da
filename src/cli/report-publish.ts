/**
 * `npm run report:publish`: check the content, mark a draft published (or record a
 * correction of a published report), and record the file's SHA-256 in the ledger.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/checks/run.ts';
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import { staffName } from '../lib/model/lookups.ts';
import type { Problem } from '../lib/problems.ts';
import { appendCorrection, setField } from '../lib/reports/front-matter.ts';
import {
  LEDGER_FILE,
  parseLedger,
  recordVersion,
  reportHash,
  serializeLedger,
  type LedgerEntry,
} from '../lib/reports/ledger.ts';
import { unfinishedScaffold } from '../lib/reports/scaffold.ts';
import { printProblems } from './output.ts';
import {
  CommandError,
  note,
  parseMonth,
  reportFile,
  requireClient,
  requireStaff,
  runCommand,
  step,
} from './report/common.ts';

/** The `--help` text. */
export const reportPublishHelp = `Usage: npm run report:publish -- --client <id> --month YYYY-MM [--reviewer <staff-id>]
       npm run report:publish -- --client <id> --month YYYY-MM --correct --reason "<why>" --by <staff-id>

Publishes a draft: checks the whole content tree (and refuses on any error), sets
status: published, published_at (today, or TANDEM_TODAY) and reviewed_by, then records
the file's SHA-256 in ${LEDGER_FILE} at the top of the content root. From then on the
report is immutable: "npm run check" fails if its bytes change.

To correct a published report, edit it and either add a corrections entry yourself
(date, by, reason) and run this command again, or let --correct add it:

  --client <id>          client id
  --month YYYY-MM        the report's month
  --reviewer <staff>     reviewer's staff id (required unless reviewed_by is set)
  --correct              record a corrected version of a published report
  --reason "<text>"      with --correct: why it changed (at least 10 characters)
  --by <staff>           with --correct: who made the correction

Running it on a published report that is not in the ledger yet records it as it is.

Examples:
  npm run report:publish -- --client riverbend-cu --month 2026-10 --reviewer priya-raman
  npm run report:publish -- --client riverbend-cu --month 2026-08 --correct \\
      --reason "Backup job count double-counted the offsite copy" --by owen-mercer
`;

function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** Runs the command; returns the process exit code. */
export async function runReportPublishCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      client: { type: 'string' },
      month: { type: 'string' },
      reviewer: { type: 'string' },
      correct: { type: 'boolean', default: false },
      reason: { type: 'string' },
      by: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(reportPublishHelp);
    return 0;
  }
  return runCommand(async () => {
    const month = parseMonth(values.month);
    if ((values.reason || values.by) && !values.correct) {
      throw new CommandError('--reason and --by go with --correct', 2);
    }
    if (values.correct && Boolean(values.reason) !== Boolean(values.by)) {
      throw new CommandError(
        '--correct needs both --reason "<why>" and --by <staff-id> (or neither, when the corrections entry is already in the file)',
        2,
      );
    }
    const root = contentRoot();
    const day = today();

    // 1. The tree must be clean; a report being corrected by this very command may differ from the ledger.
    const before = await checkContent(root, { today: day });
    if (!before.model)
      throw new CommandError(`cannot read the content in ${root}: run "npm run check"`);
    const model = before.model;
    const client = requireClient(model, values.client);
    const file = reportFile(root, client, month);
    const report = (model.reportsByClient.get(client) ?? []).find((r) => r.data.period === month);
    const blocking = errorsOf(before.problems).filter(
      (p) => !(values.reason && p.file === file && p.rule === 'reports/immutable'),
    );
    if (blocking.length) {
      printProblems(blocking, before.files, process.stderr);
      throw new CommandError(`the content has ${blocking.length} error(s); nothing was published`);
    }
    if (!report)
      throw new CommandError(`there is no report ${file}; create it with npm run report:new`);
    step(`content check passed (${before.files} files)`);

    const original = await readFile(join(root, file), 'utf8');
    const { ledger } = parseLedger(
      await readFile(join(root, LEDGER_FILE), 'utf8').catch(() => undefined),
    );
    const versions = ledger.get(file) ?? [];
    let text = original;
    let event: LedgerEntry['event'] = 'published';
    const { data } = report;

    if (data.status === 'draft') {
      if (values.correct)
        throw new CommandError(`${file} is a draft: there is nothing to correct yet`, 2);
      const leftovers = unfinishedScaffold(original);
      if (leftovers.length) {
        throw new CommandError(`${file} is not finished: ${leftovers.join('; ')}`);
      }
      const reviewer = values.reviewer ?? data.reviewed_by;
      if (!reviewer) {
        throw new CommandError(`${file} needs a reviewer: pass --reviewer <staff-id>`, 2);
      }
      requireStaff(model, reviewer, '--reviewer');
      if (reviewer === data.prepared_by)
        note(`${staffName(model, reviewer)} is reviewing their own report`);
      text = setField(text, 'status', 'published', 'period');
      text = setField(text, 'reviewed_by', reviewer, 'prepared_by');
      text = setField(text, 'published_at', day, 'reviewed_by');
      step(`marked published on ${day}, reviewed by ${staffName(model, reviewer)}`);
    } else {
      if (values.reviewer && values.reviewer !== data.reviewed_by) {
        throw new CommandError(
          `${file} was published reviewed by ${data.reviewed_by ?? 'nobody'}; the reviewer of a published report cannot change`,
          2,
        );
      }
      if (values.reason && values.by) {
        text = appendCorrection(text, { date: day, by: values.by, reason: values.reason });
        step(`added a correction dated ${day} by ${values.by}`);
      }
      const hash = reportHash(text);
      const last = versions.at(-1);
      const corrections = data.corrections.length + (text === original ? 0 : 1);
      if (last?.sha256 === hash) {
        step(
          `${file} is already recorded in ${LEDGER_FILE} (${versions.length} version(s)); nothing to do`,
        );
        return 0;
      }
      if (last && corrections <= last.corrections) {
        throw new CommandError(
          `${file} changed since it was recorded on ${last.recorded} but carries no new correction: add a corrections entry (date, reason, by) or use --correct --reason "<why>" --by <staff-id>, or restore the published version`,
        );
      }
      if (last) event = 'corrected';
      else
        note(
          `${file} was published on ${data.published_at} but never recorded; recording it as it is`,
        );
    }

    // 2. Write, re-check with the new text in place, and only then record the hash.
    if (text !== original) await writeFile(join(root, file), text);
    const after = await checkContent(root, { today: day });
    const errors = errorsOf(after.problems);
    if (errors.length) {
      await writeFile(join(root, file), original);
      printProblems(errors, after.files, process.stderr);
      throw new CommandError(
        `${file} would not pass the check once published; it was left unchanged`,
      );
    }
    const entry: LedgerEntry = {
      sha256: reportHash(text),
      recorded: day,
      event,
      corrections: (after.model?.reportsByClient.get(client) ?? []).find((r) => r.file === file)!
        .data.corrections.length,
    };
    await writeFile(join(root, LEDGER_FILE), serializeLedger(recordVersion(ledger, file, entry)));
    step(
      `recorded sha256 ${entry.sha256.slice(0, 16)}… in ${LEDGER_FILE} (${event}, version ${versions.length + 1})`,
    );
    process.stdout.write(
      `\n${event === 'corrected' ? 'Corrected' : 'Published'} ${file}. Commit it together with ${LEDGER_FILE}.\n`,
    );
    return 0;
  });
}
