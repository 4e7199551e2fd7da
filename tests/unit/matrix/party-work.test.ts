import { describe, expect, it } from 'vitest';
import { letterCount, partyWork } from '../../../src/lib/matrix/party-work.ts';
import type { EffectiveMatrix, MatrixRow } from '../../../src/lib/matrix/types.ts';

const row = (id: string, cells: MatrixRow['cells']) =>
  ({ activity: { id }, cells }) as unknown as MatrixRow;
const matrix = {
  rows: [
    row('patch', { it: ['R'], msp: ['A', 'C'] }),
    row('backup', { it: ['I'], msp: ['R', 'A'] }),
    row('vendors', { it: ['R', 'A'], msp: [] }),
  ],
} as unknown as EffectiveMatrix;

describe('a party’s work in the matrix', () => {
  it('leads the rows it is Responsible or Accountable for and takes part in any with a letter', () => {
    const it_ = partyWork(matrix, 'it');
    expect(it_.rows.map((r) => r.activity.id)).toEqual(['patch', 'backup', 'vendors']);
    expect(it_.leads.map((r) => r.activity.id)).toEqual(['patch', 'vendors']);
    const msp = partyWork(matrix, 'msp');
    expect(msp.rows.map((r) => r.activity.id)).toEqual(['patch', 'backup']);
    expect(partyWork(matrix, 'nobody')).toEqual({ rows: [], leads: [] });
  });

  it('counts rows by letter', () => {
    expect(letterCount(matrix, 'it', 'R')).toBe(2);
    expect(letterCount(matrix, 'msp', 'A')).toBe(2);
    expect(letterCount(matrix, 'msp', 'I')).toBe(0);
  });
});
