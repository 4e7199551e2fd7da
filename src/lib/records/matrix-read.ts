/**
 * Reading a client's published matrix versions for their pages: each version file is
 * checked against the matrix ledger first, so an edited file fails the render as it
 * fails the check, naming the file and the field.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblemsPlain } from '../problems.ts';
import { diffMatrixRows, type RowChange } from './matrix-diff.ts';
import { readMatrixLedger, MATRIX_RULE, type MatrixLedgerEntry } from './matrix-ledger.ts';
import { matrixVersionFile, type MatrixSnapshot } from './matrix-snapshot.ts';
import { verifyRecordText } from './snapshot-check.ts';

/** One published version with its frozen matrix and what changed from the one before. */
export interface MatrixVersion {
  entry: MatrixLedgerEntry;
  snapshot: MatrixSnapshot;
  /** Empty for version 1. */
  changes: RowChange[];
}

/** Every published version of `client`'s matrix under `root`, oldest first, verified. */
export async function readMatrixVersions(root: string, client: string): Promise<MatrixVersion[]> {
  const { ledger, problems } = await readMatrixLedger(root);
  if (problems.length)
    throw new Error(`The matrix ledger cannot be read:\n${formatProblemsPlain(problems)}`);
  const out: MatrixVersion[] = [];
  for (const entry of ledger.get(client) ?? []) {
    const file = matrixVersionFile(client, entry.number);
    const text = await readFile(join(root, file), 'utf8').catch(() => undefined);
    const wrong =
      text === undefined
        ? [
            {
              severity: 'error' as const,
              rule: MATRIX_RULE,
              file,
              path: [],
              message: 'a published matrix version is missing',
            },
          ]
        : verifyRecordText(file, text, entry.sha256, entry.published, MATRIX_RULE);
    if (wrong.length)
      throw new Error(`A matrix version cannot be rendered:\n${formatProblemsPlain(wrong)}`);
    const snapshot = JSON.parse(text!) as MatrixSnapshot;
    const previous = out.at(-1);
    out.push({
      entry,
      snapshot,
      changes: previous ? diffMatrixRows(previous.snapshot.rows, snapshot.rows) : [],
    });
  }
  return out;
}
