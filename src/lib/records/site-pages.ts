/**
 * The pages the records add to each client folder, for the link check's site map:
 * matrix versions, acknowledgement forms, the change history by month and the feeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../model/types.ts';
import { changeMonthPath, changeMonths } from './change-months.ts';
import { changesUpTo } from './changes.ts';
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

/** Paths (with anchors) of the record pages of `client`. */
export function recordPagePaths(
  model: Model,
  client: string,
  matrix: readonly MatrixLedgerEntry[],
  today: string,
): Array<{ url: string; anchors: string[] }> {
  const base = `/clients/${client}`;
  const versions = matrix.length;
  const pages = [
    { url: `${base}/changes/`, anchors: [] as string[] },
    { url: `${base}/feed.xml`, anchors: [] },
    { url: `${base}/matrix/versions/`, anchors: [] },
  ];
  for (const month of changeMonths(changesUpTo(model, client, matrix, today))) {
    pages.push({ url: changeMonthPath(client, month), anchors: [] });
  }
  for (let n = 1; n <= versions; n++) {
    pages.push({ url: `${base}/matrix/versions/${n}/`, anchors: ['changes', 'rows'] });
  }
  const forms = [
    ...(versions ? ['matrix'] : []),
    ...model.policies.filter((p) => p.data.client === client).map((p) => `policy-${p.id}`),
    ...(model.reportsByClient.get(client) ?? [])
      .filter((r) => r.data.status === 'published')
      .map((r) => `report-${r.data.period}`),
  ];
  for (const form of forms) pages.push({ url: `${base}/acknowledgements/${form}/`, anchors: [] });
  return pages;
}
