/**
 * Twelve-month series of a client's KPIs, ending with a report's month. A published
 * report's trend is drawn from published reports only, so nothing of a draft can reach
 * a client's page; a draft's trend adds the draft itself.
 */
import type { KpiId, Report } from '../../schemas/index.ts';
import { monthLabel, shiftMonth } from '../dates.ts';
import { plural } from '../format.ts';
import type { Entry, Model } from '../model/types.ts';
import { formatKpiValue, formatTarget, kpi, type KpiLabel } from './kpis.ts';
import { ragStatus, type Status } from './score.ts';
import type { ClientTarget } from './targets.ts';

/** Months a trend covers. */
export const TREND_MONTHS = 12;

/** The KPIs charted on every report, and how. */
export const TREND_CHARTS: ReadonlyArray<{ kpi: KpiId; kind: 'line' | 'bar' }> = [
  { kpi: 'patch_compliance_pct', kind: 'line' },
  { kpi: 'critical_vulns_open', kind: 'bar' },
  { kpi: 'backup_success_pct', kind: 'line' },
  { kpi: 'edr_coverage_pct', kind: 'line' },
  { kpi: 'mfa_coverage_pct', kind: 'line' },
  { kpi: 'mtta_minutes', kind: 'line' },
  { kpi: 'phish_click_pct', kind: 'line' },
  { kpi: 'sla_attainment_pct', kind: 'line' },
];

/** One month of a trend. */
export interface TrendPoint {
  /** `YYYY-MM`. */
  period: string;
  /** undefined when there is no report for the month, or nothing to measure in it. */
  value: number | undefined;
  status: Status;
  /** Whether a report exists for the month (a value can still be undefined, e.g. no restore test). */
  reported: boolean;
}

/** Twelve months of one KPI with its target. */
export interface Trend {
  def: KpiLabel;
  target?: ClientTarget;
  /**
   * Oldest first: at most TREND_MONTHS points, starting with the first month in that window
   * that has a report (a client with four months of reports gets four points).
   */
  points: TrendPoint[];
}

/** The reports a trend for `report` may draw on. */
function sourceReports(model: Model, report: Entry<Report>): Map<string, Entry<Report>> {
  const list = model.reportsByClient.get(report.data.client) ?? [];
  return new Map(
    list
      .filter((r) => r === report || r.data.status === 'published')
      .filter((r) => r.data.period <= report.data.period)
      .map((r) => [r.data.period, r]),
  );
}

/** The trend of `kpiId` over the (up to) twelve reported months ending with `report`'s month. */
export function reportTrend(
  model: Model,
  report: Entry<Report>,
  kpiId: KpiId,
  targets: ReadonlyMap<KpiId, ClientTarget>,
): Trend {
  const def = kpi(kpiId);
  const target = targets.get(kpiId);
  const reports = sourceReports(model, report);
  const points: TrendPoint[] = [];
  for (let i = TREND_MONTHS - 1; i >= 0; i--) {
    const period = shiftMonth(report.data.period, -i);
    const source = reports.get(period);
    const value = source ? def.compute(source.data.metrics) : undefined;
    points.push({
      period,
      value,
      status: ragStatus(def, value, target?.target, target?.amber),
      reported: source !== undefined,
    });
  }
  // Months before the client's first report in the window are not part of its history.
  const first = points.findIndex((p) => p.reported);
  points.splice(0, Math.max(0, Math.min(first, points.length - 1)));
  return target ? { def, target, points } : { def, points };
}

/** How a chart covering `months` months is titled: "last 12 months", or "4 months of data". */
export function trendSpan(months: number): string {
  return months >= TREND_MONTHS
    ? `last ${TREND_MONTHS} months`
    : `${plural(months, 'month')} of data`;
}

/** Every charted trend for `report`. */
export function reportTrends(
  model: Model,
  report: Entry<Report>,
  targets: ReadonlyMap<KpiId, ClientTarget>,
): Array<Trend & { kind: 'line' | 'bar' }> {
  return TREND_CHARTS.map(({ kpi: id, kind }) => ({
    ...reportTrend(model, report, id, targets),
    kind,
  }));
}

/**
 * The text alternative of a chart: this month, last month, a year ago, how often on
 * target, and which months have no figure.
 */
export function trendSummary(trend: Trend): string {
  const { def, target, points } = trend;
  const last = points.at(-1)!;
  const measured = points.filter((p) => p.value !== undefined);
  const fmt = (p: TrendPoint) => formatKpiValue(def, p.value!);
  const parts: string[] = [];
  if (last.value === undefined) {
    parts.push(`${def.label}: nothing to measure in ${monthLabel(last.period)}.`);
  } else {
    const earlier = [points.at(-2), points[0]]
      .filter((p): p is TrendPoint => p !== undefined && p !== last && p.value !== undefined)
      .map((p) => `${fmt(p)} in ${monthLabel(p.period)}`);
    parts.push(
      `${def.label} was ${fmt(last)} in ${monthLabel(last.period)}${earlier.length ? `, against ${earlier.join(' and ')}` : ''}.`,
    );
  }
  if (target) {
    const onTarget = measured.filter((p) => p.status === 'green').length;
    parts.push(
      `Target ${formatTarget(def, target.target)}: met in ${onTarget} of ${plural(measured.length, 'measured month')}.`,
    );
  } else {
    parts.push('No target applies.');
  }
  const gaps = points.filter((p) => p.value === undefined).length;
  if (gaps) parts.push(`${gaps} of ${points.length} months have no figure.`);
  return parts.join(' ');
}
