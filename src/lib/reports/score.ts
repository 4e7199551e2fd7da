/**
 * Red/amber/green for each KPI of a report against the client's targets, with the
 * change since the previous month.
 */
import type { KpiId, Metrics } from '../../schemas/index.ts';
import { KPIS, type KpiLabel } from './kpis.ts';
import type { ClientTarget } from './targets.ts';

/** Red/amber/green against a target, or none when there is no target or value. */
export type Status = 'green' | 'amber' | 'red' | 'none';

/** Words for each status, so colour is never the only signal. */
export const STATUS_LABELS: Record<Status, string> = {
  green: 'On target',
  amber: 'Near target',
  red: 'Off target',
  none: 'No target',
};

/** Where a value stands against a target; `amber` overrides the catalog tolerance. */
export function ragStatus(
  def: KpiLabel,
  value: number | undefined,
  target: number | undefined,
  amber?: number,
): Status {
  if (value === undefined || target === undefined) return 'none';
  const round = (n: number) => Number(n.toFixed(def.decimals));
  const v = round(value);
  if (def.direction === 'at-least') {
    if (v >= target) return 'green';
    return v >= (amber ?? target - def.tolerance) ? 'amber' : 'red';
  }
  if (v <= target) return 'green';
  return v <= (amber ?? target + def.tolerance) ? 'amber' : 'red';
}

/** One KPI of one month: value, target, status and change. */
export interface KpiScore {
  def: KpiLabel;
  value: number | undefined;
  target?: ClientTarget;
  status: Status;
  previous: number | undefined;
  /** value − previous, when both exist. */
  delta: number | undefined;
  /** Whether the change moved towards (better) or away from (worse) the good direction. */
  trend: 'better' | 'worse' | 'same' | 'none';
}

/** Scores every KPI of a month against targets; KPIs without a target are kept, unscored. */
export function scoreMetrics(
  metrics: Metrics,
  targets: ReadonlyMap<KpiId, ClientTarget>,
  previous?: Metrics,
): KpiScore[] {
  return KPIS.map((def) => {
    const value = def.compute(metrics);
    const prior = previous ? def.compute(previous) : undefined;
    const target = targets.get(def.id);
    const delta =
      value !== undefined && prior !== undefined
        ? Number((value - prior).toFixed(def.decimals))
        : undefined;
    let trend: KpiScore['trend'] = 'none';
    if (delta !== undefined) {
      const good = def.direction === 'at-least' ? delta > 0 : delta < 0;
      trend = delta === 0 ? 'same' : good ? 'better' : 'worse';
    }
    const score: KpiScore = {
      def,
      value,
      status: ragStatus(def, value, target?.target, target?.amber),
      previous: prior,
      delta,
      trend,
    };
    if (target) score.target = target;
    return score;
  });
}

/** The month's overall status: the worst status among scored KPIs. */
export function overallStatus(scores: readonly KpiScore[]): Status {
  const statuses = new Set(scores.map((s) => s.status));
  if (statuses.has('red')) return 'red';
  if (statuses.has('amber')) return 'amber';
  return statuses.has('green') ? 'green' : 'none';
}

/** A month's scores with its overall status and the count of KPIs at each status. */
export interface ReportScore {
  status: Status;
  counts: Record<Status, number>;
  scores: KpiScore[];
}

/** Scores a month against `targets` and sums it up: the one way a report is scored live. */
export function scoreMonth(
  metrics: Metrics,
  targets: ReadonlyMap<KpiId, ClientTarget>,
  previous?: Metrics,
): ReportScore {
  const scores = scoreMetrics(metrics, targets, previous);
  return { status: overallStatus(scores), counts: statusCounts(scores), scores };
}

/** Counts of scored KPIs by status. */
export function statusCounts(scores: readonly KpiScore[]): Record<Status, number> {
  const counts: Record<Status, number> = { green: 0, amber: 0, red: 0, none: 0 };
  for (const s of scores) counts[s.status]++;
  return counts;
}
