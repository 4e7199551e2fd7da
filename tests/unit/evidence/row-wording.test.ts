import { describe, expect, it } from 'vitest';
import {
  lastTestedLabel,
  recordCycleNote,
  responsibleLine,
  showsTestBadge,
  staffPolicyNote,
  staffRunbookNote,
} from '../../../src/lib/evidence/row-wording.ts';
import { dayLabel } from '../../../src/lib/dates.ts';

describe('binder row wording', () => {
  it('names each Responsible party with its person, or says nobody', () => {
    expect(
      responsibleLine([
        { party: 'provider', partyName: 'Bluestem', person: 'Sam Staffer' },
        { party: 'vendor', partyName: 'Core vendor' },
      ]),
    ).toBe('Bluestem (Sam Staffer); Core vendor');
    expect(responsibleLine([])).toBe('nobody');
  });

  it('says a staff-only policy is not counted and flags a draft', () => {
    expect(staffPolicyNote('draft')).toBe('staff only, draft — not counted');
    expect(staffPolicyNote('approved')).toBe('staff only — not counted');
    expect(staffPolicyNote('retired')).toBe('staff only — not counted');
  });

  it('dates the last runbook test or says it never happened', () => {
    expect(lastTestedLabel('2026-03-04')).toBe(`Last tested ${dayLabel('2026-03-04')}`);
    expect(lastTestedLabel(undefined)).toBe('Never tested');
  });

  it('adds "test overdue" to a staff-only runbook only when its test is overdue or never done', () => {
    expect(staffRunbookNote('2026-03-04', { due: '2027-03-04', state: 'ok' })).toBe(
      `tested ${dayLabel('2026-03-04')}`,
    );
    expect(staffRunbookNote('2025-01-04', { due: '2026-01-04', state: 'overdue' })).toBe(
      `tested ${dayLabel('2025-01-04')}, test overdue`,
    );
    expect(staffRunbookNote(undefined, { state: 'never' })).toBe('never tested, test overdue');
    expect(staffRunbookNote(undefined, { due: '2026-12-01', state: 'due-soon' })).toBe(
      'never tested',
    );
  });

  it('badges a client-visible runbook test only when it is overdue, not when never done', () => {
    expect(showsTestBadge({ due: '2026-01-04', state: 'overdue', days: -10 })).toBe(true);
    expect(showsTestBadge({ state: 'never' })).toBe(false);
    expect(showsTestBadge({ due: '2026-12-01', state: 'due-soon', days: 5 })).toBe(false);
  });

  it('says whether a signed record is current or out of cycle', () => {
    expect(recordCycleNote(true, '2026-12-31')).toBe('current until 2026-12-31');
    expect(recordCycleNote(false, '2026-06-30')).toBe('out of cycle since 2026-06-30');
  });
});
