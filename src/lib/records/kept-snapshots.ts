/**
 * A correction keeps the snapshot it replaces as `<month>.snapshot.v<n>.json`, n being the
 * ledger version it belonged to. Each kept snapshot must still be the bytes the ledger
 * recorded for that version, and no kept snapshot may exist that the ledger does not know.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import type { LedgerEntry } from '../reports/ledger.ts';
import { error, type Problem } from '../problems.ts';
import { archivedSnapshotFile } from './report-snapshot.ts';
import { SNAPSHOT_RULE, verifyRecordText } from './snapshot-check.ts';

/** The superseded versions of a report that must have a kept snapshot. */
function keptSnapshotsOf(
  reportFile: string,
  versions: readonly LedgerEntry[],
): Array<{ file: string; version: number; entry: LedgerEntry; next: LedgerEntry }> {
  const out = [];
  for (let i = 0; i < versions.length - 1; i++) {
    const entry = versions[i]!;
    if (!entry.snapshot) continue;
    out.push({
      file: archivedSnapshotFile(reportFile, i + 1),
      version: i + 1,
      entry,
      next: versions[i + 1]!,
    });
  }
  return out;
}

/** Problems with the kept snapshots under `root`, against the ledger's correction history. */
export async function checkKeptSnapshots(
  root: string,
  ledger: ReadonlyMap<string, readonly LedgerEntry[]>,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const expected = new Set<string>();
  for (const [reportFile, versions] of ledger) {
    for (const kept of keptSnapshotsOf(reportFile, versions)) {
      expected.add(kept.file);
      const recorded = `on ${kept.entry.recorded} as version ${kept.version} of ${reportFile}`;
      const text = await readFile(join(root, kept.file), 'utf8').catch(() => undefined);
      if (text === undefined) {
        problems.push(
          error(SNAPSHOT_RULE, kept.file, [], 'the snapshot a correction kept is missing', {
            expected: `the snapshot recorded ${recorded}, kept when the correction of ${kept.next.recorded} replaced it; restore it from version control`,
            found: 'no such file',
          }),
        );
        continue;
      }
      problems.push(...verifyRecordText(kept.file, text, kept.entry.snapshot!, recorded));
    }
  }
  const present = await glob('clients/*/reports/*.snapshot.v*.json', { cwd: root });
  for (const file of present.sort()) {
    if (expected.has(file)) continue;
    problems.push(
      error(SNAPSHOT_RULE, file, [], 'a kept snapshot that no recorded correction replaced', {
        expected: `only the snapshots of superseded ledger versions (<month>.snapshot.v<n>.json, n below the report's last version in report-ledger.yaml)`,
        found: 'a file the ledger does not account for',
      }),
    );
  }
  return problems;
}
