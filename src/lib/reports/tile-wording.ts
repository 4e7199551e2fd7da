/** The words on a KPI tile: its value, where its target came from and its change since last month. */
import { formatKpiValue, type KpiLabel } from './kpis.ts';
import { deltaLabel, type TileChange } from './presentation.ts';
import type { KpiScore } from './score.ts';
import type { ClientTarget } from './targets.ts';

/** The tile's value with its unit, or "Not measured". */
export function tileValueLabel(score: KpiScore): string {
  return score.value === undefined ? 'Not measured' : formatKpiValue(score.def, score.value);
}

/** Whether the KPI's label already starts with its area, so the area need not be read aloud. */
export function labelRepeatsArea(def: KpiLabel): boolean {
  return def.label.toLowerCase().startsWith(def.area.toLowerCase());
}

/** Whether a target needs its source named: only one set by a tier or contract, not the catalog's. */
export function namesTargetSource(target: ClientTarget): boolean {
  return target.source !== 'catalog';
}

/** "Up +2 pts vs September 2026", "No change vs …": a tile's change against the previous month. */
export function changeLine(
  score: KpiScore,
  change: TileChange,
  previousLabel: string | undefined,
): string {
  const moved =
    score.delta === 0
      ? 'No change'
      : `${change.direction === 'up' ? 'Up' : 'Down'} ${deltaLabel(score.def, score.delta!)}`;
  return `${moved} vs ${previousLabel}`;
}

/** Why a tile shows no change: nothing to compare with that month, or the first month reported. */
export function noChangeLine(previousLabel: string | undefined): string {
  return previousLabel ? `No comparison with ${previousLabel}` : 'First month reported';
}
