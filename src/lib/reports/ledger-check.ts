/**
 * Immutability of published reports: each must match the last version recorded in the
 * ledger, unless it carries a correction entry that the ledger has not seen yet. Reads
 * raw bytes, so it runs in `npm run check` (and the build's check phase), not in Astro.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../../schemas/index.ts';
import type { Entry } from '../model/types.ts';
import { error, warning, type Problem } from '../problems.ts';
import { checkKeptSnapshots } from '../records/kept-snapshots.ts';
import { snapshotFileFor } from '../records/report-snapshot.ts';
import { verifyRecordText } from '../records/snapshot-check.ts';
import { LEDGER_FILE, parseLedger, reportHash, type LedgerEntry } from './ledger.ts';

async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function short(hash: string): string {
  return `sha256 ${hash.slice(0, 12)}…`;
}

/** The command that records a report in the ledger, for messages. */
export function publishCommand(report: Pick<Report, 'client' | 'period'>): string {
  return `npm run report:publish -- --client ${report.client} --month ${report.period}`;
}

/** The command that adopts every published report the ledger lacks, with its snapshot. */
export const RECORD_ALL_COMMAND = 'npm run report:publish -- --record --all';

/** Problems with the snapshot of ledgered report `file`, whose last version is `last`. */
async function snapshotProblems(
  root: string,
  file: string,
  last: LedgerEntry,
  published: boolean,
): Promise<Problem[]> {
  const snapshotFile = snapshotFileFor(file);
  if (!last.snapshot) {
    if (!published) return [];
    return [
      error(
        'reports/ledger-missing',
        file,
        ['status'],
        'the published report has no recorded snapshot, so its page cannot be frozen',
        {
          expected: `a snapshot recorded in ${LEDGER_FILE}: run ${RECORD_ALL_COMMAND}`,
          found: `a ledger entry of ${last.recorded} without a snapshot`,
        },
      ),
    ];
  }
  const bytes = await readOptional(join(root, snapshotFile));
  if (!bytes) {
    return [
      error('records/snapshot', snapshotFile, [], 'the snapshot of a published report is missing', {
        expected: `the snapshot recorded ${last.recorded} beside ${file}`,
        found: 'no such file',
      }),
    ];
  }
  return verifyRecordText(snapshotFile, bytes.toString('utf8'), last.snapshot, last.recorded);
}

/** Problems with published reports against the ledger under `root`. */
export async function checkReportLedger(
  root: string,
  reports: readonly Entry<Report>[],
): Promise<Problem[]> {
  const text = await readOptional(join(root, LEDGER_FILE));
  const { ledger, problems, locate } = parseLedger(text?.toString('utf8'));
  if (problems.length) return problems;
  const byFile = new Map(reports.map((r) => [r.file, r]));
  const published = reports.filter((r) => r.data.status === 'published');
  if (text === undefined && published.length) {
    return [
      error('reports/ledger-missing', LEDGER_FILE, [], 'the report ledger is missing', {
        expected: `${LEDGER_FILE} recording ${published.length} published report(s): restore it from version control, or run ${RECORD_ALL_COMMAND}`,
        found: 'no such file',
      }),
    ];
  }

  for (const [file, versions] of ledger) {
    const last = versions.at(-1)!;
    const bytes = await readOptional(join(root, file));
    if (!bytes) {
      problems.push({
        ...error(
          'reports/immutable',
          LEDGER_FILE,
          ['reports', file],
          `the published report ${file} was deleted`,
          {
            expected: 'every published report kept in the archive',
            found: 'no such file',
          },
        ),
        ...locate(['reports', file]),
      });
      continue;
    }
    const report = byFile.get(file);
    problems.push(
      ...(await snapshotProblems(root, file, last, report?.data.status === 'published')),
    );
    if (report?.data.status === 'draft') {
      problems.push(
        error('reports/immutable', file, ['status'], 'a published report cannot go back to draft', {
          expected: `status: published (published, recorded ${versions[0]!.recorded})`,
          found: 'draft',
        }),
      );
      continue;
    }
    const hash = reportHash(bytes);
    if (hash === last.sha256) continue;
    const corrections = report?.data.corrections.length;
    if (corrections !== undefined && corrections < last.corrections) {
      problems.push(
        error(
          'reports/immutable',
          file,
          ['corrections'],
          'a correction entry was removed from a published report',
          {
            expected: `at least ${last.corrections} correction(s), as recorded ${last.recorded}`,
            found: String(corrections),
          },
        ),
      );
    } else if (corrections !== undefined && corrections > last.corrections) {
      problems.push(
        warning(
          'reports/correction-unrecorded',
          file,
          ['corrections', corrections - 1],
          `the corrected report is not recorded in the ledger yet: run ${publishCommand(report!.data)}`,
          { expected: `a ledger entry for this version`, found: short(hash) },
        ),
      );
    } else {
      problems.push(
        error(
          'reports/immutable',
          file,
          [],
          'the published report changed after publication without a correction entry',
          {
            expected: `the version recorded ${last.recorded} (${short(last.sha256)}), or a new corrections entry (date, reason, by)`,
            found: short(hash),
          },
        ),
      );
    }
  }

  for (const report of reports) {
    if (report.data.status === 'published' && !ledger.has(report.file)) {
      problems.push(
        error(
          'reports/ledger-missing',
          report.file,
          ['status'],
          'published but not recorded in the report ledger',
          {
            expected: `an entry in ${LEDGER_FILE}: run ${publishCommand(report.data)} --record`,
            found: 'nothing',
          },
        ),
      );
    }
  }
  problems.push(...(await checkKeptSnapshots(root, ledger)));
  return problems;
}
