/** What the matrix pages show about rows: how many a client changed, and who is named on each. */
import type { Coverage, EffectiveMatrix, MatrixRow, Provenance } from './types.ts';

/** How many rows of `matrix` carry letters from an agreed change (a client override). */
export function overrideCount(matrix: EffectiveMatrix): number {
  return matrix.rows.filter((r) => r.provenance === 'override').length;
}

/** The badge for where a row's letters came from: its words and colour class. */
export const PROVENANCE_BADGES: Record<Provenance, { label: string; tone: '' | 'blue' | 'amber' }> =
  {
    template: { label: 'Template', tone: '' },
    subscription: { label: 'Not subscribed', tone: 'blue' },
    override: { label: 'Agreed change', tone: 'amber' },
  };

/** The people named on a row: one entry per Responsible party, and the Accountable one. */
export interface RowPeople {
  responsible: Coverage[];
  accountable?: Coverage;
}

/** Who is named on `row` for its Responsible parties and for its Accountable party. */
export function rowPeople(row: MatrixRow): RowPeople {
  const responsible = row.coverage.filter((c) => row.responsible.includes(c.party));
  const accountable = row.coverage.find((c) => row.accountable.includes(c.party));
  return accountable ? { responsible, accountable } : { responsible };
}

/** The ids of the activities that have at least one coverage gap. */
export function gapActivities(matrix: EffectiveMatrix): Set<string> {
  return new Set(matrix.gaps.map((g) => g.activity));
}

/** A party's short name in `matrix`, or its id when the matrix has no such party. */
export function partyShort(matrix: EffectiveMatrix, id: string): string {
  return matrix.parties.find((p) => p.id === id)?.short ?? id;
}

/** Whether `row` is worded as a service the client does not subscribe to. */
export function isUnsubscribedService(row: MatrixRow): boolean {
  return row.provenance === 'subscription' && row.service !== undefined;
}

/** A warning badge beside a party's named people: its words and colour class. */
export interface PeopleBadge {
  label: string;
  tone: 'red' | 'amber';
}

/** The warning on a Responsible party: red when nobody is named, amber when no backup is. */
export function responsibleBadge(c: Coverage): PeopleBadge | undefined {
  if (!c.primary) return { label: 'nobody named', tone: 'red' };
  if (!c.backup) return { label: 'no backup', tone: 'amber' };
  return undefined;
}

/** The warning on the Accountable party: red when nobody is named (a backup is not expected). */
export function accountableBadge(c: Coverage): PeopleBadge | undefined {
  return c.primary ? undefined : { label: 'nobody named', tone: 'red' };
}
