import { describe, expect, it } from 'vitest';
import { kpi } from '../../../src/lib/reports/kpis.ts';
import {
  measureSummary,
  summarySentence,
  tileChange,
  tileStanding,
} from '../../../src/lib/reports/presentation.ts';
import type { KpiScore } from '../../../src/lib/reports/score.ts';
import type { KpiId } from '../../../src/schemas/index.ts';

function score(id: KpiId, over: Partial<KpiScore>): KpiScore {
  return {
    def: kpi(id),
    value: 1,
    status: 'green',
    previous: undefined,
    delta: undefined,
    trend: 'none',
    target: { target: 1, source: 'catalog' } as KpiScore['target'],
    ...over,
  };
}

describe('a tile’s change since last month', () => {
  it('points the arrow the way the number moved and says separately whether that is good', () => {
    // Fewer critical findings: the number went down, which is better.
    expect(tileChange(score('critical_vulns_open', { delta: -3, trend: 'better' }))).toEqual({
      arrow: '▼',
      direction: 'down',
      judgement: 'better',
    });
    expect(tileChange(score('patch_compliance_pct', { delta: -1.2, trend: 'worse' }))).toEqual({
      arrow: '▼',
      direction: 'down',
      judgement: 'worse',
    });
    expect(tileChange(score('patch_compliance_pct', { delta: 2, trend: 'better' }))).toEqual({
      arrow: '▲',
      direction: 'up',
      judgement: 'better',
    });
  });

  it('has no judgement when nothing moved, and nothing at all without a comparison', () => {
    expect(tileChange(score('patch_compliance_pct', { delta: 0, trend: 'same' }))).toEqual({
      arrow: '■',
      direction: 'unchanged',
    });
    expect(tileChange(score('patch_compliance_pct', {}))).toBeUndefined();
  });
});

describe('the summary of the month’s measures', () => {
  const scores = [
    score('patch_compliance_pct', { status: 'green' }),
    score('backup_success_pct', { status: 'amber' }),
    score('critical_vulns_open', { status: 'green' }),
    score('mfa_coverage_pct', { target: undefined, status: 'none' }),
    score('restore_test_pass_pct', { value: undefined, status: 'none' }),
  ].map((s) => {
    if (s.target === undefined) delete s.target;
    return s;
  });

  it('tells scored tiles from those with no target and those with nothing to measure', () => {
    expect(scores.map((s) => tileStanding(s).kind)).toEqual([
      'scored',
      'scored',
      'scored',
      'no-target',
      'not-measured',
    ]);
  });

  it('counts only measures with a target and a figure as on, near or off target', () => {
    const summary = measureSummary(scores);
    expect(summary).toEqual({
      scored: 3,
      green: 2,
      amber: 1,
      red: 0,
      notMeasured: 1,
      noTarget: 1,
    });
    expect(summarySentence(summary)).toBe(
      '2 of 3 measures with a target are on target, 1 near target. 1 measure has no target; 1 measure had nothing to measure this month.',
    );
  });

  it('says nothing about unscored measures when there are none', () => {
    expect(summarySentence(measureSummary(scores.slice(0, 1)))).toBe(
      '1 of 1 measure with a target is on target.',
    );
  });
});
