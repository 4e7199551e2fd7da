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
import type { Entry, Model } from '../lib/model/types.ts';
import type { Report } from '../schemas/index.ts';
import {
  LEDGER_FILE,
  parseLedger,
  recordVersion,
  serializeLedger,
  type LedgerEntry,
} from '../lib/reports/ledger.ts';
import {
  blockingProblems,
  correctionOptionsRefusal,
  errorsAfterWrite,
  ledgerEntryFor,
  planPublication,
  recordOptionsRefusal,
  type PublishOptions,
} from '../lib/reports/publish-plan.ts';
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
  parseMonth,
  reportFile,
  requireClient,
  requireStaff,
  runCommand,
  say,
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

/** Adopts published reports the ledger lacks (`--record`). */
async function runRecord(values: PublishValues): Promise<number> {
  await recordReports({
    root: contentRoot(),
    day: today(),
    client: values.client,
    month: values.month === undefined ? undefined : parseMonth(values.month),
    all: values.all === true,
  });
  return 0;
}

type PublishValues = PublishOptions & { client?: string | undefined; month?: string | undefined };

/** Step 1: the tree must be clean and the report must exist; returns what the plan needs. */
async function checkBeforePublish(
  root: string,
  day: string,
  values: PublishValues,
  month: string,
): Promise<{ model: Model; client: string; file: string; report: Entry<Report> }> {
  // A report being corrected by this very command may differ from the ledger.
  const before = await checkContent(root, { today: day });
  if (!before.model)
    throw new CommandError(`cannot read the content in ${root}: run "npm run check"`);
  const model = before.model;
  const client = requireClient(model, values.client);
  const file = reportFile(root, client, month);
  const report = (model.reportsByClient.get(client) ?? []).find((r) => r.data.period === month);
  const blocking = blockingProblems(before.problems, file, Boolean(values.reason));
  if (blocking.length) {
    printProblems(blocking, before.files, process.stderr);
    throw new CommandError(`the content has ${blocking.length} error(s); nothing was published`);
  }
  if (!report)
    throw new CommandError(`there is no report ${file}; create it with npm run report:new`);
  step(`content check passed (${before.files} files)`);
  return { model, client, file, report };
}

/** Publishes, corrects or adopts one report: check, plan, write, re-check, snapshot, record. */
async function runPublish(values: PublishValues): Promise<number> {
  const month = parseMonth(values.month);
  const optionsRefusal = correctionOptionsRefusal(values);
  if (optionsRefusal) throw new CommandError(optionsRefusal, 2);
  const root = contentRoot();
  const day = today();

  const { model, client, file, report } = await checkBeforePublish(root, day, values, month);

  const original = await readFile(join(root, file), 'utf8');
  const { ledger } = parseLedger(
    await readFile(join(root, LEDGER_FILE), 'utf8').catch(() => undefined),
  );
  const versions = ledger.get(file) ?? [];
  const plan = planPublication({
    file,
    report,
    original,
    versions,
    day,
    options: values,
    nameOf: (id) => staffName(model, id),
  });
  if (plan.outcome === 'write' && plan.reviewer) requireStaff(model, plan.reviewer, '--reviewer');
  say(plan.said);
  if (plan.outcome === 'refused') throw new CommandError(plan.message, plan.exitCode);
  if (plan.outcome === 'already-recorded') return 0;
  const { text, event } = plan;

  // 2. Write, re-check with the new text in place, and only then record the hash.
  if (text !== original) await writeFile(join(root, file), text);
  const after = await checkContent(root, { today: day });
  // The new version is not in the ledger yet: that is what this command is about to fix.
  const errors = errorsAfterWrite(after.problems, file);
  if (errors.length) {
    await writeFile(join(root, file), original);
    printProblems(errors, after.files, process.stderr);
    throw new CommandError(
      `${file} would not pass the check once published; it was left unchanged`,
    );
  }
  const published = (after.model!.reportsByClient.get(client) ?? []).find((r) => r.file === file)!;
  const snapshot = await writeSnapshot(root, file, versions, after.model!, published, day);
  const entry = ledgerEntryFor({
    text,
    day,
    event,
    corrections: published.data.corrections.length,
    snapshotHash: sha256(snapshot.text),
    publishedAt: report.data.published_at,
  });
  await writeFile(join(root, LEDGER_FILE), serializeLedger(recordVersion(ledger, file, entry)));
  step(
    `recorded sha256 ${entry.sha256.slice(0, 16)}… in ${LEDGER_FILE} (${event}, version ${versions.length + 1})`,
  );
  process.stdout.write(
    `\n${event === 'corrected' ? 'Corrected' : 'Published'} ${file}. Commit it together with ${snapshot.file} and ${LEDGER_FILE}.\n`,
  );
  return 0;
}

/** Freezes the page's inputs beside `file`, keeping the snapshot a correction replaces. */
async function writeSnapshot(
  root: string,
  file: string,
  versions: readonly LedgerEntry[],
  model: Model,
  published: Entry<Report>,
  day: string,
): Promise<{ file: string; text: string }> {
  const snapshotFile = snapshotFileFor(file);
  const last = versions.at(-1);
  if (last?.snapshot && existsSync(join(root, snapshotFile))) {
    // A correction keeps the snapshot it replaces, named after the version it belonged to.
    const kept = archivedSnapshotFile(file, versions.length);
    await copyFile(join(root, snapshotFile), join(root, kept));
    step(`kept the previous snapshot as ${kept}`);
  }
  const snapshotText = serializeSnapshot(captureReportSnapshot(model, published, day));
  await writeFile(join(root, snapshotFile), snapshotText);
  step(`froze the page's inputs in ${snapshotFile}`);
  return { file: snapshotFile, text: snapshotText };
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
    const refusal = recordOptionsRefusal(values);
    if (refusal) throw new CommandError(refusal, 2);
    return values.record ? runRecord(values) : runPublish(values);
  });
}
