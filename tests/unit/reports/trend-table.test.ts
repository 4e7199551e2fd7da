import { describe, expect, it } from 'vitest';
import { kpi } from '../../../src/lib/reports/kpis.ts';
import { trendStatusLabel, trendValueLabel } from '../../../src/lib/reports/trend-table.ts';
import type { Trend, TrendPoint } from '../../../src/lib/reports/trends.ts';

const def = kpi('patch_compliance_pct');
const target = {
  kpi: 'patch_compliance_pct',
  target: 95,
  source: 'catalog',
  service: 'patching',
  sourceLabel: 'Patching catalog',
} as const;
const withTarget: Trend = { def, target, points: [] };
const noTarget: Trend = { def, points: [] };
const point = (fields: Partial<TrendPoint>): TrendPoint => ({
  period: '2026-09',
  value: undefined,
  status: 'none',
  reported: true,
  ...fields,
});

describe('trend table wording', () => {
  it('formats a measured value with its unit', () => {
    expect(trendValueLabel(withTarget, point({ value: 97, status: 'green' }))).toBe('97%');
  });

  it('tells a month with a report but no figure from a month with no report', () => {
    expect(trendValueLabel(withTarget, point({ reported: true }))).toBe('Not measured');
    expect(trendValueLabel(withTarget, point({ reported: false }))).toBe('No report');
  });

  it('words the status only when there is a value and a target', () => {
    expect(trendStatusLabel(withTarget, point({ value: 97, status: 'green' }))).toBe('On target');
    expect(trendStatusLabel(withTarget, point({ value: 80, status: 'red' }))).toBe('Off target');
    expect(trendStatusLabel(withTarget, point({ value: undefined }))).toBe('—');
    expect(trendStatusLabel(noTarget, point({ value: 97, status: 'none' }))).toBe('—');
  });

  it('treats a value of zero as measured', () => {
    expect(trendValueLabel(withTarget, point({ value: 0, status: 'red' }))).toBe('0%');
    expect(trendStatusLabel(withTarget, point({ value: 0, status: 'red' }))).toBe('Off target');
  });
});
