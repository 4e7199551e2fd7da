import { describe, expect, it } from 'vitest';
import type { KpiId, Metrics } from '../../../src/schemas/index.ts';
import { kpi, KPIS } from '../../../src/lib/reports/kpis.ts';
import { kpiIds } from '../../../src/schemas/index.ts';
import { overallStatus, ragStatus, scoreMetrics } from '../../../src/lib/reports/score.ts';
import type { ClientTarget } from '../../../src/lib/reports/targets.ts';
import { fixtureModel } from '../helpers/fixture.ts';

const patch = kpi('patch_compliance_pct'); // at least, tolerance 5
const oldest = kpi('critical_patch_oldest_days'); // at most, tolerance 7

function target(id: KpiId, value: number, amber?: number): [KpiId, ClientTarget] {
  return [
    id,
    {
      kpi: id,
      target: value,
      ...(amber !== undefined ? { amber } : {}),
      source: 'catalog',
      service: 's',
      sourceLabel: 'S catalog',
    },
  ];
}

async function metricsOf(period: string): Promise<Metrics> {
  const model = await fixtureModel();
  return model.reportsByClient.get('alpha-bank')!.find((r) => r.data.period === period)!.data
    .metrics;
}

describe('ragStatus', () => {
  it('is green at or above an at-least target, amber within tolerance, red beyond', () => {
    expect(ragStatus(patch, 95, 95)).toBe('green');
    expect(ragStatus(patch, 91, 95)).toBe('amber');
    expect(ragStatus(patch, 90, 95)).toBe('amber');
    expect(ragStatus(patch, 89.9, 95)).toBe('red');
  });

  it('is green at or below an at-most target, amber within tolerance, red beyond', () => {
    expect(ragStatus(oldest, 14, 14)).toBe('green');
    expect(ragStatus(oldest, 21, 14)).toBe('amber');
    expect(ragStatus(oldest, 22, 14)).toBe('red');
  });

  it('uses a contract amber bound instead of the catalog tolerance', () => {
    expect(ragStatus(patch, 92, 95, 93)).toBe('red');
    expect(ragStatus(patch, 93, 95, 93)).toBe('amber');
  });

  it('judges the value as shown: 94.96 % shows as 95 % and meets a 95 % target', () => {
    expect(ragStatus(patch, 94.96, 95)).toBe('green');
  });

  it('has no status without a value or a target', () => {
    expect(ragStatus(patch, undefined, 95)).toBe('none');
    expect(ragStatus(patch, 96, undefined)).toBe('none');
  });
});

describe('scoreMetrics', () => {
  it('catalogues every KPI id', () => {
    expect(KPIS.map((k) => k.id).sort()).toEqual([...kpiIds].sort());
  });

  it('gives the delta against last month and whether it moved the right way', async () => {
    const [aug, sep] = [await metricsOf('2026-08'), await metricsOf('2026-09')];
    const scores = scoreMetrics(sep, new Map([target('patch_compliance_pct', 95)]), aug);
    const p = scores.find((s) => s.def.id === 'patch_compliance_pct')!;
    expect(p.value).toBe(96.2);
    expect(p.previous).toBe(aug.patch_compliance_pct);
    expect(p.delta).toBe(Number((96.2 - aug.patch_compliance_pct).toFixed(1)));
    expect(p.trend).toBe(p.delta! > 0 ? 'better' : 'worse');
  });

  it('calls a fall in an at-most KPI better', async () => {
    const sep = await metricsOf('2026-09');
    const before = { ...sep, mtta_minutes: sep.mtta_minutes + 3 };
    const s = scoreMetrics(sep, new Map(), before).find((x) => x.def.id === 'mtta_minutes')!;
    expect(s.delta).toBe(-3);
    expect(s.trend).toBe('better');
  });

  it('has no delta in a client’s first month, and none for a KPI with nothing to measure', async () => {
    const sep = await metricsOf('2026-09');
    expect(scoreMetrics(sep, new Map()).every((s) => s.delta === undefined)).toBe(true);
    const none = { ...sep, restore_tests_performed: 0, restore_tests_passed: 0 };
    const s = scoreMetrics(none, new Map([target('restore_test_pass_pct', 100)]), sep).find(
      (x) => x.def.id === 'restore_test_pass_pct',
    )!;
    expect(s.value).toBeUndefined();
    expect(s.status).toBe('none');
    expect(s.delta).toBeUndefined();
  });

  it('rates the month by its worst scored KPI', async () => {
    const sep = await metricsOf('2026-09');
    const targets = new Map([target('patch_compliance_pct', 95), target('mtta_minutes', 0)]);
    expect(overallStatus(scoreMetrics(sep, targets))).toBe('red');
    expect(overallStatus(scoreMetrics(sep, new Map([target('patch_compliance_pct', 95)])))).toBe(
      'green',
    );
    expect(overallStatus(scoreMetrics(sep, new Map()))).toBe('none');
  });
});

describe('periodic measures', () => {
  it('scores nothing in a month without a privileged review, phishing test or restore test', async () => {
    const metrics = {
      ...(await metricsOf('2026-09')),
      privileged_accounts_reviewed: 0,
      phish_sent: 0,
      phish_clicked: 0,
      restore_tests_performed: 0,
      restore_tests_passed: 0,
    };
    const targets = new Map([
      target('privileged_review_pct', 100),
      target('phish_click_pct', 5),
      target('restore_test_pass_pct', 100),
    ]);
    const scores = scoreMetrics(metrics, targets);
    for (const id of ['privileged_review_pct', 'phish_click_pct', 'restore_test_pass_pct']) {
      expect(
        scores.find((s) => s.def.id === id),
        id,
      ).toMatchObject({ value: undefined, status: 'none' });
    }
  });

  it('still scores an incomplete review red', async () => {
    const metrics = {
      ...(await metricsOf('2026-09')),
      privileged_accounts: 20,
      privileged_accounts_reviewed: 15,
    };
    const [score] = scoreMetrics(metrics, new Map([target('privileged_review_pct', 100)])).filter(
      (s) => s.def.id === 'privileged_review_pct',
    );
    expect(score).toMatchObject({ value: 75, status: 'red' });
  });
});
