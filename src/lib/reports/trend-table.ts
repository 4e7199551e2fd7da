/** The words in a trend chart's data table: each month's value and its status. */
import { formatKpiValue } from './kpis.ts';
import { STATUS_LABELS } from './score.ts';
import type { Trend, TrendPoint } from './trends.ts';

/** A month's value with its unit, or why there is none: not measured that month, or no report. */
export function trendValueLabel(trend: Trend, point: TrendPoint): string {
  if (point.value !== undefined) return formatKpiValue(trend.def, point.value);
  return point.reported ? 'Not measured' : 'No report';
}

/** A month's status in words when it has a value and the trend a target, else a dash. */
export function trendStatusLabel(trend: Trend, point: TrendPoint): string {
  return point.value !== undefined && trend.target ? STATUS_LABELS[point.status] : '—';
}
