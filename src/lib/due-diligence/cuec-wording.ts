/** How a CUEC's matrix row names who carries it: each Responsible party, person and backup. */
import type { CuecRow } from './cuecs.ts';

/** One Responsible party with its named person (or that nobody is named) and any backup. */
export function responsiblePartyLine(r: CuecRow['responsible'][number]): string {
  const backup = r.backup ? `, backup ${r.backup}` : '';
  return `${r.partyName} (${r.person ?? 'nobody named'}${backup})`;
}

/** Every Responsible party of `row` joined by "; ", or that nobody is Responsible. */
export function responsibleLine(row: Pick<CuecRow, 'responsible'>): string {
  return row.responsible.length
    ? row.responsible.map(responsiblePartyLine).join('; ')
    : 'nobody Responsible';
}
