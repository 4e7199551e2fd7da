/**
 * The pages the records add to each client folder, for the link check's site map:
 * matrix versions, acknowledgement forms, the change history and the feeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Model } from '../model/types.ts';
import { MATRIX_LEDGER_FILE } from './matrix-ledger.ts';

/** Client id → how many matrix versions are published, read from the matrix ledger under `root`. */
export function matrixVersionCounts(root: string): Map<string, number> {
  try {
    const data = parse(readFileSync(join(root, MATRIX_LEDGER_FILE), 'utf8')) as {
      clients?: Record<string, unknown[]>;
    };
    return new Map(
      Object.entries(data?.clients ?? {}).map(([id, list]) => [
        id,
        Array.isArray(list) ? list.length : 0,
      ]),
    );
  } catch {
    // No ledger (or an unreadable one, which the check reports): no version pages.
    return new Map();
  }
}

/** Paths (with anchors) of the record pages of `client`. */
export function recordPagePaths(
  model: Model,
  client: string,
  versions: number,
): Array<{ url: string; anchors: string[] }> {
  const base = `/clients/${client}`;
  const pages = [
    { url: `${base}/changes/`, anchors: [] as string[] },
    { url: `${base}/feed.xml`, anchors: [] },
    { url: `${base}/matrix/versions/`, anchors: [] },
  ];
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
