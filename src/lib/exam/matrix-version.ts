/**
 * The responsibility-matrix version in force on a day, from the published versions kept in
 * the matrix ledger (`npm run matrix:publish`): the latest version whose effective date is on
 * or before that day. A day before the first published version has no matrix on record and
 * is refused; nothing is guessed from the live matrix.
 */
import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../formula.ts';
import type { MatrixVersion } from '../records/matrix-read.ts';
import { matrixVersionFile, type MatrixSnapshot } from '../records/matrix-snapshot.ts';

/** The matrix version an examiner package shows for a day. */
export interface MatrixInForce {
  version: string;
  effective: string;
  /** The frozen version file, relative to the content root. */
  file: string;
  snapshot: MatrixSnapshot;
}

/** A date for which no matrix version is recorded. */
export class NoMatrixVersionError extends Error {}

/** The published version of `client`'s matrix in force on `asOf`; throws when none is. */
export function matrixInForce(
  client: string,
  versions: readonly MatrixVersion[],
  asOf: string,
): MatrixInForce {
  const inForce = versions.filter((v) => v.snapshot.effective <= asOf).at(-1);
  if (!inForce) {
    const first = versions[0]?.snapshot.effective;
    throw new NoMatrixVersionError(
      first
        ? `matrix-ledger.yaml: the first published matrix version of ${client} took effect on ${first}, so none was in force on ${asOf} (expected --as-of on or after ${first})`
        : `matrix-ledger.yaml: ${client} has no published matrix version (expected one recorded by npm run matrix:publish)`,
    );
  }
  const { snapshot } = inForce;
  return {
    version: snapshot.matrix_version,
    effective: snapshot.effective,
    file: matrixVersionFile(client, snapshot.number),
    snapshot,
  };
}

/** A frozen matrix version as CSV: one row per activity, a column per party, people last. */
export function frozenMatrixCsv(snapshot: MatrixSnapshot): string {
  const header = [
    'Domain',
    'Activity',
    ...snapshot.parties.map((p) => p.name),
    'Source',
    'Reason',
    'People',
  ];
  const rows = snapshot.rows.map((row) => [
    row.domain_title,
    row.title,
    ...snapshot.parties.map((p) => row.letters[p.id] ?? ''),
    row.source,
    row.reason ?? '',
    snapshot.parties
      .filter((p) => row.people[p.id])
      .map((p) => `${p.name}: ${row.people[p.id]}`)
      .join('; '),
  ]);
  return stringify([header, ...rows].map((r) => r.map(neutralizeFormula)));
}
