/** What one party does in a client's matrix: the rows it holds a letter on, and those it leads. */
import type { Letter } from './letters.ts';
import type { EffectiveMatrix, MatrixRow } from './types.ts';

/** A party's share of the matrix. */
export interface PartyWork {
  /** Rows where the party holds any letter. */
  rows: MatrixRow[];
  /** Of those, the rows it is Responsible or Accountable for. */
  leads: MatrixRow[];
}

/** The rows `party` takes part in and the ones it leads (R or A). */
export function partyWork(matrix: EffectiveMatrix, party: string): PartyWork {
  const rows = matrix.rows.filter((r) => (r.cells[party] ?? []).length > 0);
  const leads = rows.filter((r) => r.cells[party]?.some((l) => l === 'R' || l === 'A'));
  return { rows, leads };
}

/** How many rows give `party` the letter `letter`. */
export function letterCount(matrix: EffectiveMatrix, party: string, letter: Letter): number {
  return matrix.rows.filter((r) => r.cells[party]?.includes(letter)).length;
}
