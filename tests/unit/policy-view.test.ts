import { describe, expect, it } from 'vitest';
import type { ArchivedVersion } from '../../src/lib/evidence/archive.ts';
import { controlFrameworkIds, isArchived, policyNotice } from '../../src/lib/policy-view.ts';

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
