import { describe, expect, it } from 'vitest';
import { resolveMatrix } from '../../../src/lib/matrix/resolve.ts';
import {
  accountableBadge,
  gapActivities,
  isUnsubscribedService,
  overrideCount,
  partyShort,
  PROVENANCE_BADGES,
  responsibleBadge,
  rowPeople,
} from '../../../src/lib/matrix/row-view.ts';
import type { Coverage } from '../../../src/lib/matrix/types.ts';
import { fixtureModel } from '../helpers/fixture.ts';

async function matrixOf(client: string, change?: Parameters<typeof fixtureModel>[0]) {
  const model = await fixtureModel(change);
  return resolveMatrix(model, model.clientsById.get(client)!);
}

describe('the override count', () => {
  it('counts the rows whose letters come from an agreed change, not template or subscription', async () => {
    expect(overrideCount(await matrixOf('alpha-bank'))).toBe(1);
    const two = await matrixOf('alpha-bank', (raw) => {
      raw.clients
        .find((c) => c.id === 'alpha-bank')!
        .data.matrix.overrides.push({
          activity: 'test-restores',
          raci: { vendor: 'R', 'internal-it': 'A' },
          reason: 'The storage vendor runs restore tests under its support contract.',
          approved_by: { name: 'Lee Alphaleader', date: '2026-03-01' },
        });
    });
    expect(overrideCount(two)).toBe(2);
    const none = await matrixOf('alpha-bank', (raw) => {
      raw.clients.find((c) => c.id === 'alpha-bank')!.data.matrix.overrides = [];
    });
    expect(overrideCount(none)).toBe(0);
  });
});

function row(matrix: Awaited<ReturnType<typeof matrixOf>>, activity: string) {
  const found = matrix.rows.find((r) => r.activity.id === activity);
  if (!found) throw new Error(`no row ${activity}`);
  return found;
}

describe('who is named on a row', () => {
  it('splits coverage into the Responsible parties and the one Accountable party', async () => {
    const matrix = await matrixOf('alpha-bank');
    const people = rowPeople(row(matrix, 'apply-patches'));
    expect(people.responsible.map((c) => c.party)).toEqual(['provider']);
    expect(people.responsible[0]?.primary?.name).toBe('Sam Staffer');
    expect(people.accountable?.party).toBe('internal-it');
    expect(people.accountable?.primary?.name).toBe('Ava Alphaadmin');
  });

  it('names both roles from one party when it is Responsible and Accountable', async () => {
    const matrix = await matrixOf('alpha-bank');
    const people = rowPeople(row(matrix, 'plan-it-strategy'));
    expect(people.responsible.map((c) => c.party)).toEqual(['internal-it']);
    expect(people.accountable?.party).toBe('internal-it');
  });

  it('has no Accountable entry when the row has no Accountable party', async () => {
    const matrix = await matrixOf('alpha-bank');
    const apply = row(matrix, 'apply-patches');
    expect(rowPeople({ ...apply, accountable: [] })).toEqual({
      responsible: rowPeople(apply).responsible,
    });
  });
});

describe('row markers', () => {
  it('marks the activities with a coverage gap', async () => {
    expect([...gapActivities(await matrixOf('alpha-bank'))]).toEqual(['patch-core-system']);
  });

  it('gives a party its short name and falls back to the id', async () => {
    const matrix = await matrixOf('alpha-bank');
    expect(partyShort(matrix, 'internal-it')).toBe('Internal IT');
    expect(partyShort(matrix, 'ghost')).toBe('ghost');
  });

  it('words a row from an unsubscribed service, and only that', async () => {
    const matrix = await matrixOf('alpha-bank');
    const restores = row(matrix, 'test-restores');
    expect(restores.provenance).toBe('subscription');
    expect(isUnsubscribedService(restores)).toBe(true);
    expect(PROVENANCE_BADGES[restores.provenance]).toEqual({
      label: 'Not subscribed',
      tone: 'blue',
    });
    expect(isUnsubscribedService(row(matrix, 'watch-alerts'))).toBe(false);
    expect(isUnsubscribedService(row(matrix, 'patch-core-system'))).toBe(false);
    expect(PROVENANCE_BADGES.override.label).toBe('Agreed change');
  });
});

describe('the named-people badges', () => {
  const ana = { name: 'Ana' } as NonNullable<Coverage['primary']>;
  const ben = { name: 'Ben' } as NonNullable<Coverage['primary']>;

  it('flags a Responsible party with nobody named in red', () => {
    expect(responsibleBadge({ party: 'msp' })).toEqual({ label: 'nobody named', tone: 'red' });
  });

  it('flags a Responsible person without a backup in amber', () => {
    expect(responsibleBadge({ party: 'msp', primary: ana })).toEqual({
      label: 'no backup',
      tone: 'amber',
    });
  });

  it('shows no badge when a person and a backup are named', () => {
    expect(responsibleBadge({ party: 'msp', primary: ana, backup: ben })).toBeUndefined();
  });

  it('flags only a missing Accountable person, never a missing backup', () => {
    expect(accountableBadge({ party: 'client' })).toEqual({ label: 'nobody named', tone: 'red' });
    expect(accountableBadge({ party: 'client', primary: ana })).toBeUndefined();
  });
});
