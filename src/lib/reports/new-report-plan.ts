/**
 * What `report:new` decides before it writes a draft: whether the month may have a report
 * yet, which earlier report it starts from, who prepares it, and which figures it starts with.
 */
import type { Metrics, Report } from '../../schemas/index.ts';
import { monthLabel, monthOf, shiftMonth } from '../dates.ts';
import type { Entry, Model } from '../model/types.ts';
import type { Said } from './publish-plan.ts';
import { zeroMetrics, type ScaffoldInput } from './scaffold.ts';

/** Why no report can be started for `month` on `day` (the month has not ended), or undefined. */
export function unendedMonthRefusal(month: string, day: string): string | undefined {
  return month >= monthOf(day)
    ? `a report can only cover a month that has ended; ${month} is not over (today is ${day})`
    : undefined;
}

/** The report a new one starts from: the client's latest earlier report, if any. */
export interface StartingPoint {
  previous?: Entry<Report>;
  said: Said[];
}

/** The latest report of `client` before `month`, with notes on a skipped month or a first report. */
export function startingPoint(model: Model, client: string, month: string): StartingPoint {
  const earlier = (model.reportsByClient.get(client) ?? []).filter((r) => r.data.period < month);
  const previous = earlier.at(-1);
  if (!previous) return { said: [{ kind: 'note', text: `this is ${client}'s first report` }] };
  const said: Said[] = [
    { kind: 'step', text: `starting from ${previous.file} (${previous.data.status})` },
  ];
  const before = shiftMonth(month, -1);
  if (previous.data.period !== before)
    said.push({
      kind: 'note',
      text: `there is no report for ${monthLabel(before)}; carrying forward from ${monthLabel(previous.data.period)}`,
    });
  return { previous, said };
}

/** Who prepares the new report: `--prepared-by`, else the previous report's author. */
export function preparedByFor(
  option: string | undefined,
  previous: Entry<Report> | undefined,
): string | undefined {
  return option ?? previous?.data.prepared_by;
}

/** The figures a draft starts with when no metrics file is given, and the note saying so. */
export function startingMetrics(previous: Entry<Report> | undefined): {
  metrics: Metrics;
  metricsSource: ScaffoldInput['metricsSource'];
  said: Said;
} {
  if (!previous)
    return {
      metrics: zeroMetrics(),
      metricsSource: { kind: 'zero' },
      said: { kind: 'note', text: 'no --metrics file: every figure is 0, marked TODO' },
    };
  return {
    metrics: previous.data.metrics,
    metricsSource: { kind: 'previous', period: previous.data.period },
    said: {
      kind: 'note',
      text: `no --metrics file: the figures are ${monthLabel(previous.data.period)}'s, marked TODO`,
    },
  };
}
