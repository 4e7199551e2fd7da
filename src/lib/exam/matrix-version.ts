/**
 * The responsibility-matrix version in force on a day. Today Tandem keeps only the current
 * matrix (its version and effective date in client.yaml), so a day before that effective
 * date has no recorded matrix and is refused. When matrix versions are published to a
 * ledger, this is the one function to switch over to it.
 */
import type { Client } from '../../schemas/index.ts';
import type { Entry } from '../model/types.ts';

/** The matrix version an examiner package shows for `asOf`. */
export interface MatrixInForce {
  version: string;
  effective: string;
}

/** A date for which no matrix version is recorded. */
export class NoMatrixVersionError extends Error {}

/** The matrix version of `client` in force on `asOf`; throws when none is recorded for that day. */
export function matrixInForce(client: Entry<Client>, asOf: string): MatrixInForce {
  const { version, effective } = client.data.matrix;
  if (asOf < effective) {
    throw new NoMatrixVersionError(
      `${client.file}: matrix.effective is ${effective}, and no earlier matrix version is recorded, so there is no matrix in force on ${asOf} (expected --as-of on or after ${effective})`,
    );
  }
  return { version, effective };
}
