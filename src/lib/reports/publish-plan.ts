/**
 * What `report:publish` decides, apart from reading and writing files: which options go
 * together, which check problems block it, and whether a report is published, corrected,
 * adopted, left alone or refused given its text and its ledger versions.
 */
import type { Report } from '../../schemas/index.ts';
import type { Entry } from '../model/types.ts';
import type { Problem } from '../problems.ts';
import { appendCorrection, setField } from './front-matter.ts';
import { LEDGER_FILE, reportHash, type LedgerEntry } from './ledger.ts';
import { unfinishedScaffold } from './scaffold.ts';

/** The options of `report:publish` that decide what it does. */
export interface PublishOptions {
  reviewer?: string | undefined;
  correct?: boolean | undefined;
  reason?: string | undefined;
  by?: string | undefined;
  record?: boolean | undefined;
  all?: boolean | undefined;
}

/** A line the command prints while it works: a step done, or a note to the author. */
export interface Said {
  kind: 'step' | 'note';
  text: string;
}

/** Why `--record` and `--all` cannot be used as given, or undefined when they can. */
export function recordOptionsRefusal(options: PublishOptions): string | undefined {
  if (options.all && !options.record) return '--all goes with --record';
  if (options.record && (options.correct || options.reviewer))
    return '--record adopts published reports; it takes no --correct or --reviewer';
  return undefined;
}

/** Why `--correct`, `--reason` and `--by` cannot be used as given, or undefined when they can. */
export function correctionOptionsRefusal(options: PublishOptions): string | undefined {
  if ((options.reason || options.by) && !options.correct)
    return '--reason and --by go with --correct';
  if (options.correct && Boolean(options.reason) !== Boolean(options.by))
    return '--correct needs both --reason "<why>" and --by <staff-id> (or neither, when the corrections entry is already in the file)';
  return undefined;
}

/**
 * The check errors that stop `file` being published. Its own missing ledger entry never
 * blocks (recording it is the point), nor does its changed hash when this run adds the
 * correction that explains the change.
 */
export function blockingProblems(
  problems: readonly Problem[],
  file: string,
  addsCorrection: boolean,
): Problem[] {
  return problems.filter(
    (p) =>
      p.severity === 'error' &&
      !(addsCorrection && p.file === file && p.rule === 'reports/immutable') &&
      !(p.file === file && p.rule === 'reports/ledger-missing'),
  );
}

/** The check errors once the new text is in place, less the ledger entry still to be written. */
export function errorsAfterWrite(problems: readonly Problem[], file: string): Problem[] {
  return problems.filter(
    (p) => p.severity === 'error' && !(p.rule === 'reports/ledger-missing' && p.file === file),
  );
}

/** What publishing a report comes to. */
export type PublishPlan =
  | { outcome: 'refused'; message: string; exitCode: 1 | 2; said: Said[] }
  | { outcome: 'already-recorded'; said: Said[] }
  | {
      outcome: 'write';
      event: LedgerEntry['event'];
      /** The report's text to write (the original when nothing changes). */
      text: string;
      /** The reviewer of a draft being published, to be checked against the staff list. */
      reviewer?: string;
      said: Said[];
    };

/** Everything `planPublication` looks at. */
export interface PublishInput {
  file: string;
  report: Entry<Report>;
  /** The report file's text as it stands. */
  original: string;
  /** Its ledger versions, oldest first. */
  versions: readonly LedgerEntry[];
  day: string;
  options: PublishOptions;
  /** A staff member's name from their id, for the lines printed. */
  nameOf: (id: string) => string;
}

function refused(message: string, exitCode: 1 | 2, said: Said[] = []): PublishPlan {
  return { outcome: 'refused', message, exitCode, said };
}

/** Publishing a draft: it must be finished and reviewed; sets status, reviewer and date. */
function planDraft(input: PublishInput): PublishPlan {
  const { file, report, original, day, options, nameOf } = input;
  const { data } = report;
  if (options.correct) return refused(`${file} is a draft: there is nothing to correct yet`, 2);
  const leftovers = unfinishedScaffold(original);
  if (leftovers.length) return refused(`${file} is not finished: ${leftovers.join('; ')}`, 1);
  const reviewer = options.reviewer ?? data.reviewed_by;
  if (!reviewer) return refused(`${file} needs a reviewer: pass --reviewer <staff-id>`, 2);
  const said: Said[] = [];
  if (reviewer === data.prepared_by)
    said.push({ kind: 'note', text: `${nameOf(reviewer)} is reviewing their own report` });
  let text = setField(original, 'status', 'published', 'period');
  text = setField(text, 'reviewed_by', reviewer, 'prepared_by');
  text = setField(text, 'published_at', day, 'reviewed_by');
  said.push({
    kind: 'step',
    text: `marked published on ${day}, reviewed by ${nameOf(reviewer)}`,
  });
  return { outcome: 'write', event: 'published', text, reviewer, said };
}

/**
 * A report already published: recorded again only as a new correction (or adopted when the
 * ledger never had it); unchanged bytes need nothing, changed bytes without a correction
 * are refused.
 */
function planPublished(input: PublishInput): PublishPlan {
  const { file, report, original, versions, day, options } = input;
  const { data } = report;
  if (options.reviewer && options.reviewer !== data.reviewed_by)
    return refused(
      `${file} was published reviewed by ${data.reviewed_by ?? 'nobody'}; the reviewer of a published report cannot change`,
      2,
    );
  const said: Said[] = [];
  let text = original;
  if (options.reason && options.by) {
    text = appendCorrection(text, { date: day, by: options.by, reason: options.reason });
    said.push({ kind: 'step', text: `added a correction dated ${day} by ${options.by}` });
  }
  const last = versions.at(-1);
  const corrections = data.corrections.length + (text === original ? 0 : 1);
  if (last?.sha256 === reportHash(text)) {
    said.push({
      kind: 'step',
      text: `${file} is already recorded in ${LEDGER_FILE} (${versions.length} version(s)); nothing to do`,
    });
    return { outcome: 'already-recorded', said };
  }
  if (last && corrections <= last.corrections)
    return refused(
      `${file} changed since it was recorded on ${last.recorded} but carries no new correction: add a corrections entry (date, reason, by) or use --correct --reason "<why>" --by <staff-id>, or restore the published version`,
      1,
      said,
    );
  if (last) return { outcome: 'write', event: 'corrected', text, said };
  said.push({
    kind: 'note',
    text: `${file} was published on ${data.published_at} but never recorded; adopting it as it is`,
  });
  return { outcome: 'write', event: 'adopted', text, said };
}

/** What `report:publish` does with `input.report`: publish, correct, adopt, nothing, or refuse. */
export function planPublication(input: PublishInput): PublishPlan {
  return input.report.data.status === 'draft' ? planDraft(input) : planPublished(input);
}

/** The ledger entry for the version just written. */
export function ledgerEntryFor(version: {
  text: string;
  day: string;
  event: LedgerEntry['event'];
  corrections: number;
  snapshotHash: string;
  publishedAt: string | undefined;
}): LedgerEntry {
  const { text, day, event } = version;
  return {
    sha256: reportHash(text),
    recorded: day,
    event,
    corrections: version.corrections,
    snapshot: version.snapshotHash,
    ...(event === 'adopted'
      ? {
          note: `published ${version.publishedAt ?? ''}; adopted on ${day} with a snapshot of the content that day`,
        }
      : {}),
  };
}
