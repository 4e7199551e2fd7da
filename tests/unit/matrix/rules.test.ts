import { describe, expect, it } from 'vitest';
import { checkMatrixRules } from '../../../src/lib/matrix/rules.ts';
import type { RawContent } from '../../../src/lib/model/types.ts';
import { fixtureModel } from '../helpers/fixture.ts';

async function problemsAfter(change: (raw: RawContent) => void) {
  return checkMatrixRules(await fixtureModel(change));
}

function setTemplate(raw: RawContent, activity: string, raci: Record<string, string>) {
  for (const domain of raw.domains) {
    const found = domain.data.activities.find((a) => a.id === activity);
    if (found) found.raci = raci;
  }
}

function addOverride(
  raw: RawContent,
  override: { activity: string; raci: Record<string, string>; reason?: string },
) {
  raw.clients
    .find((c) => c.id === 'alpha-bank')!
    .data.matrix.overrides.push({
      reason: 'A sentence long enough to be a reason.',
      approved_by: { name: 'Lee Alphaleader', date: '2026-02-20' },
      ...override,
    });
}

describe('matrix rules', () => {
  it('accepts the fixture', async () => {
    expect((await problemsAfter(() => {})).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('rejects two Accountable parties in the template, naming file and field', async () => {
    const problems = await problemsAfter((raw) =>
      setTemplate(raw, 'watch-alerts', { provider: 'RA', 'internal-it': 'A' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: 'matrix/one-accountable',
        file: 'activities/operations.yaml',
        path: ['activities', 0, 'raci'],
        found: '2 (internal-it and provider)',
      }),
    );
  });

  it('rejects one party both R and A on an activity that separates duties', async () => {
    const problems = await problemsAfter((raw) => {
      for (const domain of raw.domains) {
        const found = domain.data.activities.find((a) => a.id === 'watch-alerts');
        if (found) found.segregation_of_duties = true;
      }
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: 'matrix/segregation-of-duties',
        file: 'activities/operations.yaml',
        path: ['activities', 0, 'raci', 'provider'],
      }),
    );
  });

  it('accepts separated duties: R and A with different parties', async () => {
    const problems = await problemsAfter((raw) => {
      for (const domain of raw.domains) {
        const found = domain.data.activities.find((a) => a.id === 'apply-patches');
        if (found) found.segregation_of_duties = true;
      }
    });
    expect(problems.filter((p) => p.rule === 'matrix/segregation-of-duties')).toEqual([]);
  });

  it('rejects a row with nobody Accountable', async () => {
    const problems = await problemsAfter((raw) =>
      setTemplate(raw, 'watch-alerts', { provider: 'R', 'internal-it': 'I' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ rule: 'matrix/one-accountable', found: '0 (none)' }),
    );
  });

  it('rejects a row with nobody Responsible', async () => {
    const problems = await problemsAfter((raw) =>
      setTemplate(raw, 'watch-alerts', { provider: 'A', 'internal-it': 'C' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: 'matrix/responsible',
        file: 'activities/operations.yaml',
        path: ['activities', 0, 'raci'],
      }),
    );
  });

  it('rejects a regulated outcome Accountable to the provider, in the template', async () => {
    const problems = await problemsAfter((raw) =>
      setTemplate(raw, 'approve-security-program', { provider: 'RA', leadership: 'I' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: 'matrix/regulated-outcome',
        file: 'activities/governance.yaml',
        path: ['activities', 0, 'raci', 'provider'],
      }),
    );
  });

  it('rejects an override that makes the provider Accountable for a regulated outcome', async () => {
    const problems = await problemsAfter((raw) =>
      addOverride(raw, {
        activity: 'approve-security-program',
        raci: { provider: 'RA', leadership: 'C' },
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: 'matrix/regulated-outcome',
        file: 'clients/alpha-bank/client.yaml',
        path: ['matrix', 'overrides', 1, 'raci', 'provider'],
      }),
    );
  });

  it('rejects an override with two Accountable parties, at the override', async () => {
    const problems = await problemsAfter((raw) =>
      addOverride(raw, { activity: 'watch-alerts', raci: { provider: 'RA', leadership: 'A' } }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: 'matrix/one-accountable',
        file: 'clients/alpha-bank/client.yaml',
        path: ['matrix', 'overrides', 1, 'raci'],
      }),
    );
  });

  it('rejects two overrides of one activity', async () => {
    const problems = await problemsAfter((raw) =>
      addOverride(raw, { activity: 'patch-core-system', raci: { provider: 'RA' } }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: 'matrix/override-unique',
        path: ['matrix', 'overrides', 1, 'activity'],
      }),
    );
  });

  it('warns about an override that changes nothing', async () => {
    const problems = await problemsAfter((raw) =>
      addOverride(raw, { activity: 'watch-alerts', raci: { provider: 'RA', 'internal-it': 'I' } }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', rule: 'matrix/override-no-effect' }),
    );
  });

  it('does not call an override pointless when it restores the template for an unsubscribed service', async () => {
    const problems = await problemsAfter((raw) =>
      addOverride(raw, {
        activity: 'test-restores',
        raci: { 'internal-it': 'A', provider: 'R', vendor: 'C' },
      }),
    );
    expect(problems.filter((p) => p.rule === 'matrix/override-no-effect')).toEqual([]);
  });
});
