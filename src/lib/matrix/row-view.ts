/** What the matrix pages show about rows: how many a client changed, and who is named on each. */
import type { EffectiveMatrix } from './types.ts';

/** How many rows of `matrix` carry letters from an agreed change (a client override). */
export function overrideCount(matrix: EffectiveMatrix): number {
  return matrix.rows.filter((r) => r.provenance === 'override').length;
}
