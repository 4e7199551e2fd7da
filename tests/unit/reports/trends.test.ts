import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/schemas/index.ts';
import type { Entry, RawContent } from '../../../src/lib/model/types.ts';
import { chartGeometry } from '../../../src/lib/reports/chart.ts';
import { targetsFor } from '../../../src/lib/reports/targets.ts';
import {
  reportTrend,
  reportTrends,
  trendSpan,
  trendSummary,
  TREND_MONTHS,
} from '../../../src/lib/reports/trends.ts';
import { fixtureModel } from '../helpers/fixture.ts';

/** The fixture with alpha-bank's September copied into more months, each with its own patch figure. */
async function model(months: Record<string, number>) {
  return fixtureModel((raw: RawContent) => {
    const sep = raw.reports.find((r) => r.id === 'alpha-bank/2026-09')!;
    for (const [period, patch] of Object.entries(months)) {
      const existing = raw.reports.find(
        (r) => r.data.client === 'alpha-bank' && r.data.period === period,
      );
      if (existing) {
        existing.data.metrics.patch_compliance_pct = patch;
        continue;
      }
      const copy: Entry<Report> = structuredClone(sep);
      copy.id = `alpha-bank/${period}`;
      copy.file = `clients/alpha-bank/reports/${period}.mdx`;
      copy.data.period = period;
      copy.data.metrics.patch_compliance_pct = patch;
      raw.reports.push(copy);
    }
  });
}

function reportOf(m: Awaited<ReturnType<typeof model>>, period: string) {
  return m.reportsByClient.get('alpha-bank')!.find((r) => r.data.period === period)!;
}

describe('report trends', () => {
  it('covers the twelve months ending with the report, oldest first, with gaps for missing months', async () => {
    const m = await model({ '2025-10': 90, '2026-01': 92, '2026-08': 93, '2026-09': 96 });
    const sep = reportOf(m, '2026-09');
    const trend = reportTrend(
      m,
      sep,
      'patch_compliance_pct',
      targetsFor(m, m.clientsById.get('alpha-bank')!),
    );
    expect(trend.points).toHaveLength(TREND_MONTHS);
    expect(trend.points[0]!.period).toBe('2025-10');
    expect(trend.points.at(-1)!.period).toBe('2026-09');
    expect(trend.points.map((p) => p.value)).toEqual([
      90,
      undefined,
      undefined,
      92,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      93,
      96,
    ]);
    expect(trend.target?.target).toBe(97); // alpha-bank's contract overrides the catalog's 95
    expect(trend.points.at(-1)!.status).toBe('amber');
  });

  it('starts at the client’s first report, so a short history is not drawn as empty months', async () => {
    const m = await model({});
    const trend = reportTrend(
      m,
      reportOf(m, '2026-09'),
      'patch_compliance_pct',
      targetsFor(m, m.clientsById.get('alpha-bank')!),
    );
    expect(trend.points.map((p) => p.period)).toEqual(['2026-08', '2026-09']);
    expect(trendSummary(trend)).not.toMatch(/have no figure/);
    expect(trendSpan(trend.points.length)).toBe('2 months of data');
    expect(trendSpan(TREND_MONTHS)).toBe('last 12 months');
  });

  it('leaves a draft out of a published report’s trend, and puts it in its own', async () => {
    const m = await model({ '2026-10': 99 });
    const targets = targetsFor(m, m.clientsById.get('alpha-bank')!);
    const oct = reportOf(m, '2026-10');
    expect(oct.data.status).toBe('draft');
    // A published report never shows figures from a later or draft month.
    const sep = reportTrend(m, reportOf(m, '2026-09'), 'patch_compliance_pct', targets);
    expect(sep.points.some((p) => p.value === 99)).toBe(false);
    expect(reportTrend(m, oct, 'patch_compliance_pct', targets).points.at(-1)!.value).toBe(99);
  });

  it('describes the trend in words: this month, last month, a year ago, months on target', async () => {
    const m = await model({ '2025-10': 90, '2026-08': 98 });
    const trend = reportTrend(
      m,
      reportOf(m, '2026-09'),
      'patch_compliance_pct',
      targetsFor(m, m.clientsById.get('alpha-bank')!),
    );
    expect(trendSummary(trend)).toBe(
      'Patch compliance was 96.2% in September 2026, against 98% in August 2026 and 90% in October 2025. Target ≥ 97%: met in 1 of 3 measured months. 9 of 12 months have no figure.',
    );
  });

  it('charts every main KPI', async () => {
    const m = await model({});
    const trends = reportTrends(
      m,
      reportOf(m, '2026-09'),
      targetsFor(m, m.clientsById.get('alpha-bank')!),
    );
    expect(trends.map((t) => t.def.id)).toContain('patch_compliance_pct');
    expect(trends.length).toBeGreaterThanOrEqual(6);
  });
});

describe('chart geometry', () => {
  it('draws the line with a break where a month is missing, the target, and one mark per figure', async () => {
    const m = await model({ '2025-10': 90, '2025-11': 91, '2026-08': 93, '2026-09': 96 });
    const trend = reportTrend(
      m,
      reportOf(m, '2026-09'),
      'patch_compliance_pct',
      targetsFor(m, m.clientsById.get('alpha-bank')!),
    );
    const g = chartGeometry(trend, 'line');
    expect(g.marks).toHaveLength(4);
    expect(g.path!.match(/M/g)).toHaveLength(2);
    expect(g.target!.label).toBe('Target ≥ 97%');
    // Higher values sit higher on the chart (smaller y).
    expect(g.marks.at(-1)!.y).toBeLessThan(g.marks[0]!.y);
    expect(g.target!.y).toBeLessThan(g.marks.at(-1)!.y);
    expect(g.xLabels.filter((l) => l.year).map((l) => l.year)).toEqual(['2025', '2026']);
  });

  it('gives counts whole-number ticks and bars from the baseline', async () => {
    const m = await model({});
    const trend = reportTrend(m, reportOf(m, '2026-09'), 'high_vulns_open', new Map());
    const g = chartGeometry(trend, 'bar');
    expect(g.yTicks.every((t) => /^\d+$/.test(t.label))).toBe(true);
    for (const bar of g.marks) expect(bar.y + bar.height).toBeCloseTo(g.plot.bottom, 1);
  });

  it('is the same for the same input', async () => {
    const m = await model({ '2025-12': 94.44 });
    const trend = reportTrend(m, reportOf(m, '2026-09'), 'patch_compliance_pct', new Map());
    expect(JSON.stringify(chartGeometry(trend, 'line'))).toBe(
      JSON.stringify(chartGeometry(trend, 'line')),
    );
    expect(chartGeometry(trend, 'line').path).not.toMatch(/\.\d{2,}/);
  });
});
