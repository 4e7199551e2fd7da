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
import { copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import {
  archivedSnapshotFile,
  captureReportSnapshot,
  serializeSnapshot,
  snapshotFileFor,
} from '../lib/records/report-snapshot.ts';
import { sha256 } from '../lib/records/seal.ts';
import { recordReports } from './report/record.ts';
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
       npm run report:publish -- --record (--all | --client <id> --month YYYY-MM)

Publishes a draft: checks the whole content tree (and refuses on any error), sets
status: published, published_at (today, or TANDEM_TODAY) and reviewed_by, then records
the file's SHA-256 in ${LEDGER_FILE} at the top of the content root, with the SHA-256 of
its snapshot (<month>.snapshot.json beside it: the targets, names, scores and incident
deadlines as they stood). From then on both are immutable: "npm run check" fails if the
bytes of either change, and the report's page renders from the snapshot only.

To correct a published report, edit it and either add a corrections entry yourself
(date, by, reason) and run this command again, or let --correct add it:

  --client <id>          client id
  --month YYYY-MM        the report's month
  --reviewer <staff>     reviewer's staff id (required unless reviewed_by is set)
  --correct              record a corrected version of a published report
  --reason "<text>"      with --correct: why it changed (at least 10 characters)
  --by <staff>           with --correct: who made the correction
  --record               adopt a published report the ledger lacks (or recorded without
                         a snapshot): snapshot it as the content stands today
  --all                  with --record: every such report (optionally of --client only);
                         safe to run again, it skips reports already recorded

Examples:
  npm run report:publish -- --client riverbend-cu --month 2026-10 --reviewer priya-raman
  npm run report:publish -- --client riverbend-cu --month 2026-08 --correct \\
      --reason "Backup job count double-counted the offsite copy" --by owen-mercer
  npm run report:publish -- --record --all
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
      record: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(reportPublishHelp);
    return 0;
  }
  return runCommand(async () => {
    if (values.all && !values.record) throw new CommandError('--all goes with --record', 2);
    if (values.record) {
      if (values.correct || values.reviewer)
        throw new CommandError(
          '--record adopts published reports; it takes no --correct or --reviewer',
          2,
        );
      await recordReports({
        root: contentRoot(),
        day: today(),
        client: values.client,
        month: values.month === undefined ? undefined : parseMonth(values.month),
        all: values.all,
      });
      return 0;
    }
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
      (p) =>
        !(values.reason && p.file === file && p.rule === 'reports/immutable') &&
        !(p.file === file && p.rule === 'reports/ledger-missing'),
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
      else {
        event = 'adopted';
        note(
          `${file} was published on ${data.published_at} but never recorded; adopting it as it is`,
        );
      }
    }

    // 2. Write, re-check with the new text in place, and only then record the hash.
    if (text !== original) await writeFile(join(root, file), text);
    const after = await checkContent(root, { today: day });
    // The new version is not in the ledger yet: that is what this command is about to fix.
    const errors = errorsOf(after.problems).filter(
      (p) => !(p.rule === 'reports/ledger-missing' && p.file === file),
    );
    if (errors.length) {
      await writeFile(join(root, file), original);
      printProblems(errors, after.files, process.stderr);
      throw new CommandError(
        `${file} would not pass the check once published; it was left unchanged`,
      );
    }
    const published = (after.model!.reportsByClient.get(client) ?? []).find(
      (r) => r.file === file,
    )!;
    const snapshotFile = snapshotFileFor(file);
    const last = versions.at(-1);
    if (last?.snapshot && existsSync(join(root, snapshotFile))) {
      // A correction keeps the snapshot it replaces, named after the version it belonged to.
      const kept = archivedSnapshotFile(file, versions.length);
      await copyFile(join(root, snapshotFile), join(root, kept));
      step(`kept the previous snapshot as ${kept}`);
    }
    const snapshotText = serializeSnapshot(captureReportSnapshot(after.model!, published, day));
    await writeFile(join(root, snapshotFile), snapshotText);
    step(`froze the page's inputs in ${snapshotFile}`);
    const entry: LedgerEntry = {
      sha256: reportHash(text),
      recorded: day,
      event,
      corrections: published.data.corrections.length,
      snapshot: sha256(snapshotText),
      ...(event === 'adopted'
        ? {
            note: `published ${data.published_at ?? ''}; adopted on ${day} with a snapshot of the content that day`,
          }
        : {}),
    };
    await writeFile(join(root, LEDGER_FILE), serializeLedger(recordVersion(ledger, file, entry)));
    step(
      `recorded sha256 ${entry.sha256.slice(0, 16)}… in ${LEDGER_FILE} (${event}, version ${versions.length + 1})`,
    );
    process.stdout.write(
      `\n${event === 'corrected' ? 'Corrected' : 'Published'} ${file}. Commit it together with ${snapshotFile} and ${LEDGER_FILE}.\n`,
    );
    return 0;
  });
}
