import { describe, expect, it } from 'vitest';
import {
  preparedByFor,
  startingMetrics,
  startingPoint,
  unendedMonthRefusal,
} from '../../../src/lib/reports/new-report-plan.ts';
import { zeroMetrics } from '../../../src/lib/reports/scaffold.ts';
import { evidenceModel, TODAY } from '../evidence/helpers.ts';

describe('report:new decisions', () => {
  it('starts a report only for a month that has ended', () => {
    expect(unendedMonthRefusal('2026-10', TODAY)).toBeUndefined();
    expect(unendedMonthRefusal('2026-11', TODAY)).toBe(
      `a report can only cover a month that has ended; 2026-11 is not over (today is ${TODAY})`,
    );
    expect(unendedMonthRefusal('2027-01', TODAY)).toMatch(/2027-01 is not over/);
    expect(unendedMonthRefusal('2026-11', '2026-12-01')).toBeUndefined();
  });

  it('starts from the latest earlier report, noting a skipped month', async () => {
    const model = await evidenceModel();
    const next = startingPoint(model, 'alpha-bank', '2026-11');
    expect(next.previous?.data.period).toBe('2026-10');
    expect(next.said).toEqual([
      { kind: 'step', text: 'starting from clients/alpha-bank/reports/2026-10.mdx (draft)' },
    ]);
    const later = startingPoint(model, 'alpha-bank', '2027-01');
    expect(later.previous?.data.period).toBe('2026-10');
    expect(later.said[1]).toEqual({
      kind: 'note',
      text: 'there is no report for December 2026; carrying forward from October 2026',
    });
    const between = startingPoint(model, 'alpha-bank', '2026-09');
    expect(between.previous?.data.period).toBe('2026-08');
  });

  it('notes a client’s first report and then needs --prepared-by', async () => {
    const model = await evidenceModel();
    const first = startingPoint(model, 'alpha-bank', '2020-01');
    expect(first).toEqual({ said: [{ kind: 'note', text: "this is alpha-bank's first report" }] });
    expect(preparedByFor(undefined, first.previous)).toBeUndefined();
    expect(preparedByFor('sam-staff', first.previous)).toBe('sam-staff');
  });

  it('defaults the author to the previous report’s, and the figures to its figures', async () => {
    const model = await evidenceModel();
    const { previous } = startingPoint(model, 'alpha-bank', '2026-11');
    expect(preparedByFor(undefined, previous)).toBe(previous!.data.prepared_by);
    expect(preparedByFor('rita-reviewer', previous)).toBe('rita-reviewer');
    const start = startingMetrics(previous);
    expect(start.metrics).toBe(previous!.data.metrics);
    expect(start.metricsSource).toEqual({ kind: 'previous', period: '2026-10' });
    expect(start.said.text).toBe("no --metrics file: the figures are October 2026's, marked TODO");
  });

  it('starts a first report at zero', () => {
    const start = startingMetrics(undefined);
    expect(start.metrics).toEqual(zeroMetrics());
    expect(start.metricsSource).toEqual({ kind: 'zero' });
    expect(start.said.text).toBe('no --metrics file: every figure is 0, marked TODO');
  });
});
