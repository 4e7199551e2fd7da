/** A correction records why a published report changed: it needs a publication to correct. */
import type { Report } from '../../../schemas/index.ts';
import type { Entry } from '../../model/types.ts';
import { error, warning, type Problem } from '../../problems.ts';

/** Problems with the corrections of one report, judged on `today`. */
export function correctionProblems(report: Entry<Report>, today: string): Problem[] {
  const { data, file } = report;
  const problems: Problem[] = [];
  data.corrections.forEach((c, i) => {
    if (data.status === 'draft') {
      problems.push(
        error('reports/corrections', file, ['corrections', i], 'a draft has nothing to correct', {
          expected: 'corrections only on a published report; edit the draft directly',
          found: `a correction dated ${c.date}`,
        }),
      );
      return;
    }
    if (data.published_at && c.date < data.published_at) {
      problems.push(
        error(
          'reports/corrections',
          file,
          ['corrections', i, 'date'],
          'corrected before it was published',
          {
            expected: `a date from ${data.published_at}`,
            found: c.date,
          },
        ),
      );
    }
    if (c.date > today) {
      problems.push(
        error(
          'reports/corrections',
          file,
          ['corrections', i, 'date'],
          'the correction is dated in the future',
          {
            expected: `a date up to ${today}`,
            found: c.date,
          },
        ),
      );
    }
    const prior = data.corrections[i - 1];
    if (prior && c.date < prior.date) {
      problems.push(
        warning(
          'reports/corrections',
          file,
          ['corrections', i, 'date'],
          'corrections are out of date order',
          {
            expected: `a date from ${prior.date} (the entry before)`,
            found: c.date,
          },
        ),
      );
    }
  });
  return problems;
}
