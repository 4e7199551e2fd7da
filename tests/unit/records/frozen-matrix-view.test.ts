import { describe, expect, it } from 'vitest';
import {
  snapshotPeopleLine,
  snapshotSections,
} from '../../../src/lib/records/frozen-matrix-view.ts';
import type { FrozenMatrixRow, MatrixSnapshot } from '../../../src/lib/records/matrix-snapshot.ts';

const row = (
  activity: string,
  domain: string,
  people: Record<string, string> = {},
): FrozenMatrixRow => ({
  activity,
  title: activity,
  domain,
  domain_title: domain.toUpperCase(),
  letters: {},
  source: 'template',
  people,
});
const snapshot = (rows: FrozenMatrixRow[]) =>
  ({
    parties: [
      { id: 'provider', name: 'Bluestem' },
      { id: 'internal-it', name: 'Internal IT' },
    ],
    rows,
  }) as MatrixSnapshot;

describe('a frozen matrix version laid out', () => {
  it('groups rows by domain in order of first appearance, keeping row order', () => {
    const sections = snapshotSections(
      snapshot([row('a', 'ops'), row('b', 'gov'), row('c', 'ops')]),
    );
    expect(sections.map((s) => [s.domain, s.title, s.rows.map((r) => r.activity)])).toEqual([
      ['ops', 'OPS', ['a', 'c']],
      ['gov', 'GOV', ['b']],
    ]);
    expect(snapshotSections(snapshot([]))).toEqual([]);
  });

  it('names each row’s people by the party names frozen with it, or the id for an unknown party', () => {
    const s = snapshot([]);
    expect(
      snapshotPeopleLine(s, row('a', 'ops', { provider: 'Sam (backup: Rita)', vendor: 'Core Co' })),
    ).toBe('Bluestem: Sam (backup: Rita); vendor: Core Co');
    expect(snapshotPeopleLine(s, row('b', 'ops'))).toBe('');
  });
});
