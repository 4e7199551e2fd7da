import { describe, expect, it } from 'vitest';
import { responsibleLine } from '../../../src/lib/due-diligence/cuec-wording.ts';

describe('CUEC responsible wording', () => {
  it('names the person and the backup for each Responsible party', () => {
    expect(
      responsibleLine({
        responsible: [
          { party: 'msp', partyName: 'Provider', person: 'Ana', backup: 'Ben' },
          { party: 'client', partyName: 'Client', person: 'Cy' },
        ],
      }),
    ).toBe('Provider (Ana, backup Ben); Client (Cy)');
  });

  it('says when a Responsible party has nobody named', () => {
    expect(responsibleLine({ responsible: [{ party: 'c', partyName: 'Client' }] })).toBe(
      'Client (nobody named)',
    );
  });

  it('says when nobody is Responsible', () => {
    expect(responsibleLine({ responsible: [] })).toBe('nobody Responsible');
  });
});
