/**
 * Published matrix versions: a client's resolved matrix frozen as JSON under
 * `clients/<id>/matrix-versions/<n>.json`, numbered 1, 2, 3… in the order published.
 * A version page reads this file, never the live template or overrides.
 */
import type { Client } from '../../schemas/index.ts';
import type { EffectiveMatrix } from '../matrix/types.ts';
import type { Entry } from '../model/types.ts';
import { recordText, sealed, type Seal } from './seal.ts';

/** One row of a frozen matrix. */
export interface FrozenMatrixRow {
  activity: string;
  title: string;
  domain: string;
  domain_title: string;
  /** Party id → letters, e.g. `{ "provider": "R", "internal-it": "A" }` (empty parties left out). */
  letters: Record<string, string>;
  source: 'template' | 'subscription' | 'override';
  /** Why the client differs from the template, for an override. */
  reason?: string;
  /** Party id → "Primary name (backup: Backup name)". */
  people: Record<string, string>;
}

/** A published matrix version as frozen. */
export interface MatrixSnapshot {
  format: number;
  client: string;
  client_name: string;
  number: number;
  matrix_version: string;
  effective: string;
  published: string;
  summary: string;
  parties: Array<{ id: string; name: string }>;
  rows: FrozenMatrixRow[];
  seal?: Seal;
}

/** Where version `n` of a client's matrix is kept, relative to the content root. */
export function matrixVersionFile(client: string, n: number): string {
  return `clients/${client}/matrix-versions/${n}.json`;
}

/** The frozen rows of a resolved matrix. */
export function frozenRows(matrix: EffectiveMatrix): FrozenMatrixRow[] {
  return matrix.sections.flatMap(({ domain, rows }) =>
    rows.map((row) => {
      const letters = Object.fromEntries(
        Object.entries(row.cells)
          .filter(([, l]) => l.length)
          .map(([party, l]) => [party, l.join('')]),
      );
      const people = Object.fromEntries(
        row.coverage
          .filter((c) => c.primary)
          .map((c) => [
            c.party,
            `${c.primary!.name}${c.backup ? ` (backup: ${c.backup.name})` : ''}`,
          ]),
      );
      return {
        activity: row.activity.id,
        title: row.activity.title,
        domain: domain.id,
        domain_title: domain.title,
        letters,
        source: row.provenance,
        ...(row.override ? { reason: row.override.reason } : {}),
        people,
      };
    }),
  );
}

/** The snapshot of `client`'s resolved `matrix` as version `number`, published on `day`. */
export function captureMatrixSnapshot(
  client: Entry<Client>,
  matrix: EffectiveMatrix,
  number: number,
  day: string,
  summary: string,
): MatrixSnapshot {
  return {
    format: 1,
    client: client.id,
    client_name: client.data.name,
    number,
    matrix_version: matrix.version,
    effective: matrix.effective,
    published: day,
    summary,
    parties: matrix.parties.map((p) => ({ id: p.id, name: p.name })),
    rows: frozenRows(matrix),
  };
}

/** The snapshot as the bytes written to disk, sealed. */
export function serializeMatrixSnapshot(snapshot: MatrixSnapshot): string {
  return recordText(sealed(snapshot as unknown as Record<string, unknown>));
}
