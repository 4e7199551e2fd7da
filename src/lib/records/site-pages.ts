/**
 * What the route table (src/lib/urls.ts) needs beside the model to list every page: each
 * client's published matrix versions, and the reports to the board. Read synchronously,
 * before anything is rendered, for the link check's site map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { BOARD_PATTERN } from '../evidence/assurance-layout.ts';
import type { BoardPage } from '../urls.ts';
import { MATRIX_LEDGER_FILE, parseMatrixLedger, type MatrixLedgerEntry } from './matrix-ledger.ts';

/** Client id → its matrix versions as recorded in the matrix ledger under `root`. */
export function publishedMatrixVersions(root: string): Map<string, MatrixLedgerEntry[]> {
  let text: string | undefined;
  try {
    text = readFileSync(join(root, MATRIX_LEDGER_FILE), 'utf8');
  } catch {
    // No ledger: no version pages.
    return new Map();
  }
  const { ledger, problems } = parseMatrixLedger(text);
  // An unreadable ledger fails the check; the site map then has no version pages.
  return problems.length ? new Map() : ledger;
}

/** The reports to the board under `root` (`clients/<id>/board/<yyyy>.yaml`), drafts marked. */
export function boardPages(root: string): BoardPage[] {
  return globSync(BOARD_PATTERN, { cwd: root })
    .sort()
    .map((file) => {
      const [, client = '', , name = ''] = file.split('/');
      let status: unknown;
      try {
        status = (parse(readFileSync(join(root, file), 'utf8')) as { status?: unknown })?.status;
      } catch {
        // An unreadable file is reported by the evidence check; count it as a draft.
      }
      return { client, year: name.replace(/\.yaml$/, ''), draft: status !== 'published' };
    });
}
