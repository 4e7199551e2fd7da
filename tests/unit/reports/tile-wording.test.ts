import { describe, expect, it } from 'vitest';
import { kpi } from '../../../src/lib/reports/kpis.ts';
import { tileChange } from '../../../src/lib/reports/presentation.ts';
import type { KpiScore } from '../../../src/lib/reports/score.ts';
import type { ClientTarget } from '../../../src/lib/reports/targets.ts';
import {
  changeLine,
  labelRepeatsArea,
  namesTargetSource,
  noChangeLine,
  tileValueLabel,
} from '../../../src/lib/reports/tile-wording.ts';
import type { KpiId } from '../../../src/schemas/index.ts';

function score(id: KpiId, over: Partial<KpiScore>): KpiScore {
  return {
    def: kpi(id),
    value: 1,
    status: 'green',
    previous: undefined,
    delta: undefined,
    trend: 'none',
    ...over,
  };
}

describe('KPI tile wording', () => {
  it('shows the value with its unit, or Not measured', () => {
    expect(tileValueLabel(score('patch_compliance_pct', { value: 96 }))).toBe('96%');
    expect(tileValueLabel(score('patch_compliance_pct', { value: 0 }))).toBe('0%');
    expect(tileValueLabel(score('patch_compliance_pct', { value: undefined }))).toBe(
      'Not measured',
    );
  });

  it('words a rise, a fall and no change against the previous month', () => {
    const up = score('patch_compliance_pct', { delta: 2, trend: 'better' });
    expect(changeLine(up, tileChange(up)!, 'September 2026')).toBe('Up +2 pts vs September 2026');
    const down = score('critical_vulns_open', { delta: -3, trend: 'better' });
    expect(changeLine(down, tileChange(down)!, 'September 2026')).toMatch(
      /^Down −3\b.* vs September 2026$/,
    );
    const same = score('patch_compliance_pct', { delta: 0, trend: 'same' });
    expect(changeLine(same, tileChange(same)!, 'September 2026')).toBe(
      'No change vs September 2026',
    );
  });

  it('explains a missing change by whether there was a previous month', () => {
    expect(noChangeLine('September 2026')).toBe('No comparison with September 2026');
    expect(noChangeLine(undefined)).toBe('First month reported');
  });

  it('names a target’s source only when a tier or contract set it', () => {
    const target = (source: ClientTarget['source']) =>
      ({ kpi: 'patch_compliance_pct', target: 95, source, service: 'patching' }) as ClientTarget;
    expect(namesTargetSource(target('catalog'))).toBe(false);
    expect(namesTargetSource(target('tier'))).toBe(true);
    expect(namesTargetSource(target('contract'))).toBe(true);
  });

  it('hides the area when the label already starts with it', () => {
    expect(
      labelRepeatsArea({
        ...kpi('patch_compliance_pct'),
        area: 'Patching',
        label: 'Patching compliance',
      }),
    ).toBe(true);
    expect(
      labelRepeatsArea({ ...kpi('patch_compliance_pct'), area: 'Patching', label: 'Compliance' }),
    ).toBe(false);
  });
});
