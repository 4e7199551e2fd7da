import { describe, expect, it } from 'vitest';
import { formatKpiValue, kpi } from '../../../src/lib/reports/kpis.ts';
import { deltaLabel, openChangeLabel } from '../../../src/lib/reports/presentation.ts';

describe('change since last month, in words', () => {
  it('gives a percentage KPI’s change in signed percentage points', () => {
    const patch = kpi('patch_compliance_pct');
    expect(deltaLabel(patch, 1.25)).toMatch(/^\+1\.\d pts$/);
    expect(deltaLabel(patch, -2)).toBe('−2 pts');
  });

  it('gives any other KPI’s change in its own unit, with a true minus sign', () => {
    const oldest = kpi('critical_patch_oldest_days');
    expect(deltaLabel(oldest, 3)).toBe(`+${formatKpiValue(oldest, 3)}`);
    expect(deltaLabel(oldest, -3)).toBe(`−${formatKpiValue(oldest, 3)}`);
  });

  it('gives the change in open vulnerabilities, or a dash with no previous month', () => {
    expect(openChangeLabel({ open: 5 })).toBe('—');
    expect(openChangeLabel({ open: 5, previousOpen: 5 })).toBe('No change');
    expect(openChangeLabel({ open: 7, previousOpen: 5 })).toBe('+2');
    expect(openChangeLabel({ open: 3, previousOpen: 5 })).toBe('−2');
  });
});
