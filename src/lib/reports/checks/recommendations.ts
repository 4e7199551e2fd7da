/**
 * Recommendations carry forward month to month under the same id and raised month until
 * they are done or declined; a report that silently drops an open one, or restarts its
 * age, hides how long the client has been sitting on it.
 */
import type { Report } from '../../../schemas/index.ts';
import { monthLabel } from '../../dates.ts';
import type { Entry } from '../../model/types.ts';
import { error, warning, type Problem } from '../../problems.ts';

const OPEN = new Set(['open', 'in-progress']);

/** Problems within one report's recommendations. */
export function recommendationProblems(report: Entry<Report>): Problem[] {
  const { data, file } = report;
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  data.recommendations.forEach((rec, i) => {
    const first = seen.get(rec.id);
    if (first !== undefined) {
      problems.push(
        error(
          'reports/recommendations',
          file,
          ['recommendations', i, 'id'],
          `recommendation "${rec.id}" is listed twice`,
          {
            expected: 'each id once per report',
            found: `also recommendations[${first}]`,
          },
        ),
      );
    } else seen.set(rec.id, i);
    if (rec.raised > data.period) {
      problems.push(
        error(
          'reports/recommendations',
          file,
          ['recommendations', i, 'raised'],
          'raised after the month this report covers',
          {
            expected: `${data.period} or earlier`,
            found: rec.raised,
          },
        ),
      );
    }
    if (rec.due && rec.due < `${rec.raised}-01`) {
      problems.push(
        error(
          'reports/recommendations',
          file,
          ['recommendations', i, 'due'],
          'due before it was raised',
          {
            expected: `a date from ${rec.raised}-01`,
            found: rec.due,
          },
        ),
      );
    }
  });
  return problems;
}

/** Problems carrying recommendations from `previous` (the month before) into `report`. */
export function carryForwardProblems(report: Entry<Report>, previous: Entry<Report>): Problem[] {
  const { data, file } = report;
  const problems: Problem[] = [];
  const before = new Map(previous.data.recommendations.map((r) => [r.id, r]));
  const now = new Set(data.recommendations.map((r) => r.id));
  data.recommendations.forEach((rec, i) => {
    const prior = before.get(rec.id);
    if (prior && prior.raised !== rec.raised) {
      problems.push(
        warning(
          'reports/carry-forward',
          file,
          ['recommendations', i, 'raised'],
          `"${rec.id}" changed the month it was raised`,
          {
            expected: `"${prior.raised}" as in ${previous.file}`,
            found: `"${rec.raised}"`,
          },
        ),
      );
    } else if (!prior && rec.raised < data.period) {
      problems.push(
        warning(
          'reports/carry-forward',
          file,
          ['recommendations', i, 'raised'],
          `"${rec.id}" says it was raised in ${monthLabel(rec.raised)} but is not in the ${monthLabel(previous.data.period)} report`,
          { expected: `"${data.period}" for a new recommendation`, found: `"${rec.raised}"` },
        ),
      );
    }
  });
  for (const prior of previous.data.recommendations) {
    if (OPEN.has(prior.status) && !now.has(prior.id)) {
      problems.push(
        warning(
          'reports/carry-forward',
          file,
          ['recommendations'],
          `"${prior.id}" was ${prior.status} in ${monthLabel(previous.data.period)} and is missing here`,
          {
            expected: 'carried forward, or listed once more as done or declined',
            found: 'nothing',
          },
        ),
      );
    }
  }
  return problems;
}
