/** The one-paragraph summary at the top of a board report: what the year's figures come to. */
import { plural } from '../format.ts';
import { isClosed } from '../reports/recommendations.ts';
import type { BoardReport } from './report.ts';

/** The summary's sentences: testing, accepted risks, incidents and recommendations. */
export function boardFacts(report: BoardReport): string[] {
  const expired = report.exceptions.filter((e) => e.state === 'expired').length;
  const reportable = report.incidents.filter((i) => i.incident.reportable).length;
  const open = report.recommendations.filter((r) => !isClosed(r.recommendation)).length;
  const proposed = report.entry.data.recommendations.length;
  return [
    `${report.testing.length} dated tests and reviews approved in ${report.year}; ${plural(report.riskAssessments.length, 'risk assessment')}.`,
    `${plural(report.exceptions.length, 'accepted risk')} (${expired} expired by ${report.asOf}).`,
    `${plural(report.incidents.length, 'security incident')}, ${reportable} reportable to a regulator.`,
    `${plural(open, 'recommendation')} still open; ${plural(proposed, 'program change')} proposed.`,
  ];
}
