import { describe, expect, it } from 'vitest';
import type { ArchivedVersion } from '../../src/lib/evidence/archive.ts';
import type { Entry } from '../../src/lib/model/types.ts';
import type { Policy } from '../../src/schemas/index.ts';
import {
  clientPolicyPages,
  controlFrameworkIds,
  isArchived,
  policyNotice,
  providerPolicyPages,
  clientVersionPages,
  providerVersionPages,
} from '../../src/lib/policy-view.ts';

describe('policy page derivations', () => {
  it('lists each framework of the policy’s controls once, sorted', () => {
    expect(controlFrameworkIds(['nist-csf:PR.AA-01', 'ffiec:D1', 'nist-csf:DE.CM-01'])).toEqual([
      'ffiec',
      'nist-csf',
    ]);
    expect(controlFrameworkIds([])).toEqual([]);
  });

  it('links a history entry only when that version is archived', () => {
    const versions = [
      { data: { version: '1.0' } },
      { data: { version: '1.1' } },
    ] as ArchivedVersion[];
    expect(isArchived(versions, '1.1')).toBe(true);
    expect(isArchived(versions, '2.0')).toBe(false);
    expect(isArchived([], '1.0')).toBe(false);
  });
});

describe('policy notices', () => {
  it('warns that a draft is unapproved and staff-only', () => {
    expect(policyNotice('draft')).toEqual({
      title: 'Draft.',
      text: 'This version is not approved and is visible to staff only.',
    });
  });

  it('says a retired policy no longer applies', () => {
    expect(policyNotice('retired')).toEqual({
      title: 'Retired.',
      text: 'Kept for the record; it no longer applies.',
    });
  });

  it('shows no notice on an approved policy', () => {
    expect(policyNotice('approved')).toBeUndefined();
  });
});

describe('policy pages', () => {
  const policies = [
    { id: 'access', data: {} },
    { id: 'alpha-vendors', data: { client: 'alpha-bank' } },
    { id: 'backup', data: { client: undefined } },
    { id: 'beta-privacy', data: { client: 'beta-clinic' } },
  ] as Entry<Policy>[];

  it('builds a top-level page for each provider policy only', () => {
    expect(providerPolicyPages(policies)).toEqual([{ policy: 'access' }, { policy: 'backup' }]);
  });

  it('builds each client policy page under its owner only', () => {
    expect(clientPolicyPages(policies)).toEqual([
      { client: 'alpha-bank', policy: 'alpha-vendors' },
      { client: 'beta-clinic', policy: 'beta-privacy' },
    ]);
  });
});

describe('archived version pages', () => {
  const policies = new Map([
    ['access', { id: 'access', data: {} }],
    ['alpha-vendors', { id: 'alpha-vendors', data: { client: 'alpha-bank' } }],
  ]) as unknown as Map<string, Entry<Policy>>;
  const archive = [
    { policy: 'access', data: { version: '1.0' } },
    { policy: 'alpha-vendors', data: { version: '2.1' } },
  ] as ArchivedVersion[];

  it('puts a provider policy’s versions at the top level only', () => {
    expect(providerVersionPages(archive, policies)).toEqual([{ policy: 'access', version: '1.0' }]);
  });

  it('puts a client policy’s versions under its owner only', () => {
    expect(clientVersionPages(archive, policies)).toEqual([
      { client: 'alpha-bank', policy: 'alpha-vendors', version: '2.1' },
    ]);
  });
});
