import { describe, expect, it } from 'vitest';
import { ALL, clients, STAFF } from '../../../src/lib/audience/audience.ts';
import {
  policyRunbookLinks,
  runbookPolicyLinks,
  splitByReach,
} from '../../../src/lib/audience/cross-links.ts';
import { evidenceModel } from '../evidence/helpers.ts';

const ids = (split: { readable: { id: string }[]; staffOnly: { id: string }[] }) => ({
  readable: split.readable.map((e) => e.id),
  staffOnly: split.staffOnly.map((e) => e.id),
});

describe('splitByReach', () => {
  it('keeps a link readable only when every reader of the page may open it', () => {
    const items = [
      { id: 'everyone', to: ALL },
      { id: 'staff', to: STAFF },
      { id: 'a-and-b', to: clients('a', 'b') },
      { id: 'a', to: clients('a') },
    ];
    expect(ids(splitByReach(items, (i) => i.to, clients('a')))).toEqual({
      readable: ['everyone', 'a-and-b', 'a'],
      staffOnly: ['staff'],
    });
    expect(ids(splitByReach(items, (i) => i.to, ALL))).toEqual({
      readable: ['everyone'],
      staffOnly: ['staff', 'a-and-b', 'a'],
    });
    expect(ids(splitByReach(items, (i) => i.to, STAFF)).staffOnly).toEqual([]);
  });
});

describe('policy and runbook cross-links', () => {
  it('puts a staff runbook named by a client-readable policy in the staff-only list', async () => {
    const model = await evidenceModel();
    const policy = model.policiesById.get('security-policy')!;
    expect(ids(policyRunbookLinks(model, policy, ALL))).toEqual({
      readable: [],
      staffOnly: ['restore-drill'],
    });
    expect(ids(policyRunbookLinks(model, policy, STAFF))).toEqual({
      readable: ['restore-drill'],
      staffOnly: [],
    });
  });

  it('lets a runbook shared with a client link to the client-readable policy that cites it', async () => {
    const model = await evidenceModel((raw) => {
      raw.runbooks.find((r) => r.id === 'restore-drill')!.data.shared_with = ['alpha-bank'];
    });
    const runbook = model.runbooksById.get('restore-drill')!;
    expect(ids(runbookPolicyLinks(model, runbook, clients('alpha-bank')))).toEqual({
      readable: ['security-policy'],
      staffOnly: [],
    });
  });

  it('keeps a staff-only policy that cites a shared runbook out of the client’s links', async () => {
    const model = await evidenceModel((raw) => {
      raw.runbooks.find((r) => r.id === 'restore-drill')!.data.shared_with = ['alpha-bank'];
      raw.policies.find((p) => p.id === 'security-policy')!.data.visibility = 'staff';
    });
    const runbook = model.runbooksById.get('restore-drill')!;
    expect(ids(runbookPolicyLinks(model, runbook, clients('alpha-bank')))).toEqual({
      readable: [],
      staffOnly: ['security-policy'],
    });
  });
});
