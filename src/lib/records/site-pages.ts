/**
 * What the route table (src/lib/urls.ts) needs beside the model to list every page: how
 * many matrix versions each client has published, and the reports to the board. Read
 * synchronously, before anything is rendered, for the link check's site map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { BOARD_PATTERN } from '../evidence/assurance-layout.ts';
import type { BoardPage } from '../urls.ts';
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
