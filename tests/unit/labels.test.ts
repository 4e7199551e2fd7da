import { describe, expect, it } from 'vitest';
import type { Tier } from '../../src/schemas/index.ts';
import {
  DUE_TONES,
  EXCEPTION_STATE_TONES,
  INDUSTRY_LABELS,
  KIT_STATUS_TONES,
  kitExpiryNote,
  partyHeading,
  policyReaders,
  policyStatusTone,
  reportStatusTone,
  responseLabel,
  targetedSeverities,
  tierTargetLabel,
} from '../../src/lib/labels.ts';
import { evidenceModel } from './evidence/helpers.ts';

describe('labels and tones', () => {
  it('colours an approved policy green, a draft amber and a retired one not at all', () => {
    expect(policyStatusTone('approved')).toBe('green');
    expect(policyStatusTone('draft')).toBe('amber');
    expect(policyStatusTone('retired')).toBe('');
  });

  it('colours never-done and overdue red, due soon amber', () => {
    expect(DUE_TONES).toEqual({ ok: 'green', 'due-soon': 'amber', overdue: 'red', never: 'red' });
    expect(reportStatusTone('red')).toBe('red');
    expect(reportStatusTone('none')).toBe('');
  });

  it('colours an expired kit item or accepted risk red and an expiring one amber', () => {
    expect(KIT_STATUS_TONES).toEqual({ current: 'green', expiring: 'amber', expired: 'red' });
    expect(EXCEPTION_STATE_TONES.expired).toBe('red');
    expect(EXCEPTION_STATE_TONES.expiring).toBe('amber');
  });

  it('says a kit item expired once its days run out, else how long it stays current', () => {
    expect(kitExpiryNote('2026-11-25', -1)).toBe('Expired November 25, 2026');
    expect(kitExpiryNote('2026-11-26', 0)).toBe('Current until November 26, 2026 (0 days)');
    expect(kitExpiryNote('2027-01-05', 40)).toBe('Current until January 5, 2027 (40 days)');
    expect(kitExpiryNote('2026-11-27', 1)).toBe('Current until November 27, 2026 (1 day)');
  });

  it('names every industry a client may declare', () => {
    expect(INDUSTRY_LABELS['credit-union']).toBe('Credit union');
    expect(Object.keys(INDUSTRY_LABELS)).toHaveLength(5);
  });

  it('heads a party’s section in the reader’s terms', () => {
    expect(partyHeading('client-team', 'Internal IT')).toBe('What your team does');
    expect(partyHeading('provider', 'Northwind')).toBe('What Northwind does');
    expect(partyHeading('vendor', 'Third-party vendor')).toBe('What third-party vendor does');
  });

  it('says who reads a policy: all clients, staff (draft or not), or the named client', async () => {
    const model = await evidenceModel((raw) => {
      raw.policies.find((p) => p.id === 'change-policy')!.data.status = 'draft';
      raw.policies.find((p) => p.id === 'technician-credentials')!.data.visibility = 'staff';
    });
    const name = (id: string) => `Client ${id}`;
    const readers = (id: string) => policyReaders(model.policiesById.get(id)!, name);
    expect(readers('security-policy')).toBe('All clients');
    expect(readers('change-policy')).toBe('Staff (draft)');
    expect(readers('technician-credentials')).toBe('Staff only');
  });
});

describe('tier targets', () => {
  const tier = {
    id: 'standard',
    name: 'Standard',
    hours: '24/7',
    targets: [
      { severity: 'p1', response_minutes: 15, resolution_hours: 4 },
      { severity: 'p2', response_minutes: 120 },
    ],
  } as unknown as Tier;

  it('writes response in minutes below an hour and in hours from 60 minutes', () => {
    expect(responseLabel(59)).toBe('59 min');
    expect(responseLabel(60)).toBe('1 h');
    expect(responseLabel(90)).toBe('1.5 h');
  });

  it('writes response and resolution, response alone, or a dash', () => {
    expect(tierTargetLabel(tier, 'p1')).toBe('15 min / 4 h');
    expect(tierTargetLabel(tier, 'p2')).toBe('2 h');
    expect(tierTargetLabel(tier, 'p3')).toBe('—');
  });

  it('keeps only severities some tier has a target for, in the given order', () => {
    const severities = [{ id: 'p3' }, { id: 'p2' }, { id: 'p1' }];
    expect(targetedSeverities([tier], severities).map((s) => s.id)).toEqual(['p2', 'p1']);
  });
});
