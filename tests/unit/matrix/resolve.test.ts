import { describe, expect, it } from 'vitest';
import { resolveMatrix } from '../../../src/lib/matrix/resolve.ts';
import { fixtureModel } from '../helpers/fixture.ts';

async function matrixOf(client: string, change?: Parameters<typeof fixtureModel>[0]) {
  const model = await fixtureModel(change);
  return resolveMatrix(model, model.clientsById.get(client)!);
}

function row(matrix: Awaited<ReturnType<typeof matrixOf>>, activity: string) {
  const found = matrix.rows.find((r) => r.activity.id === activity);
  if (!found) throw new Error(`no row ${activity}`);
  return found;
}

describe('resolveMatrix', () => {
  it('keeps template letters where the client subscribes to the delivering service', async () => {
    const matrix = await matrixOf('alpha-bank');
    const watch = row(matrix, 'watch-alerts');
    expect(watch.provenance).toBe('template');
    expect(watch.cells).toEqual({
      'internal-it': ['I'],
      provider: ['R', 'A'],
      vendor: [],
      leadership: [],
    });
  });

  it("hands the provider's part to internal IT when the service is not subscribed", async () => {
    const matrix = await matrixOf('alpha-bank');
    const restores = row(matrix, 'test-restores');
    expect(restores.provenance).toBe('subscription');
    expect(restores.service).toMatchObject({ id: 'backup', subscribed: false });
    expect(restores.cells).toEqual({
      'internal-it': ['R', 'A'],
      provider: [],
      vendor: ['C'],
      leadership: [],
    });
  });

  it('keeps an Accountable client party when the provider only did the work', async () => {
    const matrix = await matrixOf('alpha-bank', (raw) => {
      const domain = raw.domains.find((d) => d.id === 'operations')!;
      domain.data.activities.find((a) => a.id === 'test-restores')!.raci = {
        provider: 'R',
        leadership: 'A',
        'internal-it': 'I',
      };
    });
    expect(row(matrix, 'test-restores').cells).toMatchObject({
      'internal-it': ['R'],
      provider: [],
      leadership: ['A'],
    });
  });

  it('applies an override after subscriptions, with its reason and approval', async () => {
    const matrix = await matrixOf('alpha-bank');
    const core = row(matrix, 'patch-core-system');
    expect(core.provenance).toBe('override');
    expect(core.cells).toEqual({
      'internal-it': ['A'],
      provider: ['I'],
      vendor: ['R'],
      leadership: [],
    });
    expect(core.override?.reason).toMatch(/only the vendor patches/);
    expect(core.override?.approvedBy).toEqual({ name: 'Lee Alphaleader', date: '2026-02-20' });
  });

  it('an override wins even when the service is not subscribed', async () => {
    const matrix = await matrixOf('alpha-bank', (raw) => {
      raw.clients
        .find((c) => c.id === 'alpha-bank')!
        .data.matrix.overrides.push({
          activity: 'test-restores',
          raci: { vendor: 'R', 'internal-it': 'A' },
          reason: 'The storage vendor runs restore tests under its support contract.',
          approved_by: { name: 'Lee Alphaleader', date: '2026-03-01' },
        });
    });
    expect(row(matrix, 'test-restores')).toMatchObject({
      provenance: 'override',
      responsible: ['vendor'],
      accountable: ['internal-it'],
    });
  });

  it('names the primary and backup for each Responsible and Accountable party', async () => {
    const matrix = await matrixOf('alpha-bank');
    const patches = row(matrix, 'apply-patches');
    const provider = patches.coverage.find((c) => c.party === 'provider');
    const team = patches.coverage.find((c) => c.party === 'internal-it');
    expect(provider?.primary?.name).toBe('Sam Staffer');
    expect(provider?.backup?.name).toBe('Rita Reviewer');
    expect(team?.primary?.name).toBe('Ava Alphaadmin');
    expect(team?.backup?.name).toBe('Omar Oncall');
  });

  it('uses a domain lane owner before the default assignment', async () => {
    const matrix = await matrixOf('alpha-bank', (raw) => {
      raw.clients.find((c) => c.id === 'alpha-bank')!.data.assignments.domains = {
        operations: { provider: 'omar-oncall' },
      };
    });
    expect(
      row(matrix, 'apply-patches').coverage.find((c) => c.party === 'provider')?.primary?.name,
    ).toBe('Omar Oncall');
    expect(
      row(matrix, 'approve-security-program').coverage.find((c) => c.party === 'internal-it')
        ?.primary?.name,
    ).toBe('Ava Alphaadmin');
  });

  it('groups rows by domain in template order and carries version and approval', async () => {
    const matrix = await matrixOf('alpha-bank');
    expect(matrix.sections.map((s) => s.domain.id)).toEqual(['governance', 'operations']);
    expect(matrix.rows).toHaveLength(6);
    expect(matrix.version).toBe('1.1');
    expect(matrix.approvedBy.name).toBe('Lee Alphaleader');
    expect(matrix.changelog.map((c) => c.version)).toEqual(['1.1', '1.0']);
  });

  it("limits a row's controls to the client's own frameworks", async () => {
    const matrix = await matrixOf('alpha-bank', (raw) => {
      raw.clients.find((c) => c.id === 'alpha-bank')!.data.frameworks = ['other-fw'];
    });
    expect(matrix.rows.every((r) => r.clientControls.length === 0)).toBe(true);
  });
});

describe('gaps', () => {
  it('lists a required row whose Responsible person has no backup', async () => {
    const beta = await matrixOf('beta-clinic');
    expect(beta.gaps).toEqual([
      {
        activity: 'approve-security-program',
        party: 'internal-it',
        kind: 'no-backup',
        message: 'Ben Betatech has no named backup.',
      },
    ]);
    const alpha = await matrixOf('alpha-bank');
    expect(alpha.gaps.map((g) => `${g.activity}/${g.party}/${g.kind}`)).toEqual([
      'patch-core-system/vendor/no-backup',
    ]);
  });

  it('lists a required row whose Responsible party has nobody named', async () => {
    const beta = await matrixOf('beta-clinic', (raw) => {
      delete raw.clients.find((c) => c.id === 'beta-clinic')!.data.assignments.default.provider;
    });
    expect(beta.gaps.filter((g) => g.kind === 'no-primary').map((g) => g.activity)).toEqual([
      'watch-alerts',
      'apply-patches',
      'test-restores',
      'patch-core-system',
    ]);
  });

  it('ignores rows that no framework of the client needs', async () => {
    const beta = await matrixOf('beta-clinic', (raw) => {
      raw.clients.find((c) => c.id === 'beta-clinic')!.data.frameworks = ['unrelated'];
    });
    expect(beta.gaps).toEqual([]);
  });
});
