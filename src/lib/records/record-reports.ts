/**
 * Adopting published reports into the ledger with their snapshots: the work behind
 * `report:publish --record` and the benchmark generator, on a content root and its model.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';
import {
  LEDGER_FILE,
  parseLedger,
  recordVersion,
  reportHash,
  serializeLedger,
} from '../reports/ledger.ts';
import { adoptionEntry, adoptionFor } from './adopt.ts';
import { captureReportSnapshot, serializeSnapshot, snapshotFileFor } from './report-snapshot.ts';
import { sha256 } from './seal.ts';

/** What a `--record` run did, report by report. */
export interface RecordOutcome {
  adopted: Array<{ file: string; snapshot: string; reason: string }>;
  skipped: Array<{ file: string; reason: string }>;
  refused: Array<{ file: string; reason: string }>;
}

/**
 * Adopts each published report of `reports` that the ledger under `root` lacks (or holds
 * without a snapshot), writing its snapshot and the ledger; `day` is the recording date.
 */
export async function recordPublishedReports(
  root: string,
  model: Model,
  reports: readonly Entry<Report>[],
  day: string,
): Promise<RecordOutcome> {
  let { ledger, problems } = parseLedger(
    await readFile(join(root, LEDGER_FILE), 'utf8').catch(() => undefined),
  );
  if (problems.length) throw new Error(`${LEDGER_FILE} cannot be read: ${problems[0]!.message}`);
  const outcome: RecordOutcome = { adopted: [], skipped: [], refused: [] };
  for (const report of reports.filter((r) => r.data.status === 'published')) {
    const hash = reportHash(await readFile(join(root, report.file)));
    const decision = adoptionFor(ledger.get(report.file) ?? [], hash);
    if (decision.action === 'none') {
      outcome.skipped.push({ file: report.file, reason: decision.reason });
      continue;
    }
    if (decision.action === 'refuse') {
      outcome.refused.push({ file: report.file, reason: decision.reason });
      continue;
    }
    const snapshotFile = snapshotFileFor(report.file);
    const text = serializeSnapshot(captureReportSnapshot(model, report, day));
    await writeFile(join(root, snapshotFile), text);
    const { corrections, published_at } = report.data;
    ledger = recordVersion(
      ledger,
      report.file,
      adoptionEntry(hash, sha256(text), day, corrections.length, published_at),
    );
    outcome.adopted.push({ file: report.file, snapshot: snapshotFile, reason: decision.reason });
  }
  if (outcome.adopted.length) await writeFile(join(root, LEDGER_FILE), serializeLedger(ledger));
  return outcome;
}
