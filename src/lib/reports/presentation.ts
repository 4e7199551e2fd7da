/**
 * How a report's measures read at a glance: the direction of a change (up or down) kept
 * apart from its judgement (better or worse), tiles without a target marked rather than
 * given a status, and a summary sentence that counts exactly what it names.
 */
import { formatNumber, plural, pluralNoun } from '../format.ts';
import { formatKpiValue, type KpiLabel } from './kpis.ts';
import type { KpiScore, Status } from './score.ts';

/** The change since last month as shown on a tile. */
export interface TileChange {
  /** ▲ for a rise, ▼ for a fall, ■ for no change. */
  arrow: '▲' | '▼' | '■';
  /** "up", "down", "unchanged": what the arrow says, in words. */
  direction: 'up' | 'down' | 'unchanged';
  /** Whether the change is good news for this measure; undefined when it did not move. */
  judgement?: 'better' | 'worse';
}

/** The tile's change, or undefined when there is nothing to compare. */
export function tileChange(score: KpiScore): TileChange | undefined {
  if (score.delta === undefined) return undefined;
  if (score.delta === 0) return { arrow: '■', direction: 'unchanged' };
  const up = score.delta > 0;
  return {
    arrow: up ? '▲' : '▼',
    direction: up ? 'up' : 'down',
    judgement: score.trend === 'better' ? 'better' : 'worse',
  };
}

/** What a tile says about its target. */
export type TileStanding =
  /** Scored against a target: a status badge. */
  | { kind: 'scored'; status: Exclude<Status, 'none'> }
  /** A target applies but there was nothing to measure this month. */
  | { kind: 'not-measured' }
  /** No target applies: marked, and explained once in the legend. */
  | { kind: 'no-target' };

/** Where a tile stands. */
export function tileStanding(score: KpiScore): TileStanding {
  if (!score.target) return { kind: 'no-target' };
  if (score.status === 'none') return { kind: 'not-measured' };
  return { kind: 'scored', status: score.status };
}

/** Counts behind the report's one-line summary. */
export interface MeasureSummary {
  /** Measures with a target and a figure this month. */
  scored: number;
  green: number;
  amber: number;
  red: number;
  /** Measures with a target but nothing to measure this month. */
  notMeasured: number;
  /** Measures reported without a target. */
  noTarget: number;
}

/** Counts the month's measures by where they stand. */
export function measureSummary(scores: readonly KpiScore[]): MeasureSummary {
  const summary: MeasureSummary = {
    scored: 0,
    green: 0,
    amber: 0,
    red: 0,
    notMeasured: 0,
    noTarget: 0,
  };
  for (const score of scores) {
    const standing = tileStanding(score);
    if (standing.kind === 'no-target') summary.noTarget++;
    else if (standing.kind === 'not-measured') summary.notMeasured++;
    else {
      summary.scored++;
      summary[standing.status]++;
    }
  }
  return summary;
}

/**
 * The summary in words, e.g. "10 of 10 measures with a target are on target. 2 measures
 * have no target; 4 had nothing to measure this month."
 */
export function summarySentence(s: MeasureSummary): string {
  const parts: string[] = [];
  if (s.scored === 0) parts.push('No measure with a target had a figure this month.');
  else {
    const off = [
      s.amber ? `${s.amber} near target` : '',
      s.red ? `${s.red} off target` : '',
    ].filter(Boolean);
    parts.push(
      `${s.green} of ${plural(s.scored, 'measure', 'measures')} with a target ${pluralNoun(s.green, 'is', 'are')} on target${off.length ? `, ${off.join(' and ')}` : ''}.`,
    );
  }
  const rest = [
    s.noTarget ? `${plural(s.noTarget, 'measure has', 'measures have')} no target` : '',
    s.notMeasured
      ? `${plural(s.notMeasured, 'measure', 'measures')} had nothing to measure this month`
      : '',
  ].filter(Boolean);
  if (rest.length) {
    const text = rest.join('; ');
    parts.push(`${text[0]!.toUpperCase()}${text.slice(1)}.`);
  }
  return parts.join(' ');
}

/** A KPI's change in words: signed, and in percentage points for a percentage. */
export function deltaLabel(def: KpiLabel, value: number): string {
  const sign = value > 0 ? '+' : '−';
  // A change in a percentage is in percentage points, not percent.
  if (def.unit === '%') {
    return `${sign}${formatNumber(Math.abs(value), def.decimals)} pts`;
  }
  return `${sign}${formatKpiValue(def, Math.abs(value))}`;
}

/** The change in open vulnerabilities since last month: signed, "No change", or a dash with no previous month. */
export function openChangeLabel(row: { open: number; previousOpen?: number | undefined }): string {
  if (row.previousOpen === undefined) return '—';
  const d = row.open - row.previousOpen;
  return d === 0 ? 'No change' : d > 0 ? `+${d}` : `−${-d}`;
}
