import { describe, expect, it } from 'vitest';
import { expiryOf, statusOn, EXPIRING_WINDOW_DAYS } from '../../../src/lib/due-diligence/status.ts';
import type { DueDiligenceItem } from '../../../src/schemas/index.ts';

const TODAY = '2026-11-26';

const test = (date: string, expires?: string): DueDiligenceItem => ({
  kind: 'continuity-test',
  title: 'DR exercise',
  order: 1,
  documents: [],
  date,
  scenario: 'Site loss',
  rto_target_hours: 8,
  rto_achieved_hours: 5,
  rpo_target_hours: 4,
  rpo_achieved_hours: 1,
  result: 'passed',
  findings: [],
  ...(expires ? { expires } : {}),
});

describe('kit item status', () => {
  it('is current more than 60 days before expiry', () => {
    expect(statusOn('2027-01-26', TODAY)).toEqual({ status: 'current', daysLeft: 61 });
  });

  it('is expiring from 60 days before expiry through the expiry day itself', () => {
    expect(statusOn('2027-01-25', TODAY)).toEqual({ status: 'expiring', daysLeft: 60 });
    expect(statusOn(TODAY, TODAY)).toEqual({ status: 'expiring', daysLeft: 0 });
    expect(EXPIRING_WINDOW_DAYS).toBe(60);
  });

  it('is expired, never current, the day after expiry and every day later', () => {
    expect(statusOn('2026-11-25', TODAY)).toEqual({ status: 'expired', daysLeft: -1 });
    for (const past of ['2026-01-01', '2020-06-30']) {
      expect(statusOn(past, TODAY).status).toBe('expired');
    }
  });

  it('expires 12 months after the item date unless the item says otherwise', () => {
    expect(expiryOf(test('2026-06-18'))).toBe('2027-06-18');
    expect(expiryOf(test('2026-06-18', '2026-12-01'))).toBe('2026-12-01');
    expect(statusOn(expiryOf(test('2025-11-25')), TODAY).status).toBe('expired');
    expect(statusOn(expiryOf(test('2026-01-10')), TODAY).status).toBe('expiring');
  });

  it('dates a SOC report from the end of its period, not its issue date', () => {
    const soc: DueDiligenceItem = {
      kind: 'soc-report',
      title: 'SOC 2',
      order: 1,
      documents: [],
      report_type: 'SOC 2 Type II',
      categories: ['Security'],
      period: { start: '2024-10-01', end: '2025-09-30' },
      auditor: 'Auditor',
      opinion: 'unqualified',
      issued: '2025-12-15',
      exceptions: [],
      cuecs: [],
    };
    expect(expiryOf(soc)).toBe('2026-09-30');
    expect(statusOn(expiryOf(soc), TODAY).status).toBe('expired');
  });
});
