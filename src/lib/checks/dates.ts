/** Date rules a schema cannot express: order of dates, and dates that cannot be in the future. */
import type { Client, Policy, Report, Runbook } from '../../schemas/index.ts';
import { addMonths, monthOf } from '../dates.ts';
import { dueAfter, DUE_SOON_DAYS, policyReviewDue } from '../lifecycle.ts';
import type { Entry, Model } from '../model/types.ts';
import { error, warning, type Problem } from '../problems.ts';

/** Problems with dates across the model, judged against `today` (YYYY-MM-DD). */
export function checkDates(model: Model, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const client of model.clients) problems.push(...clientDates(client, today));
  for (const policy of model.policies) problems.push(...policyDates(policy, today));
  for (const runbook of model.runbooks) problems.push(...runbookDates(runbook, today));
  const periods = new Map<string, string>();
  for (const report of model.reports) problems.push(...reportDates(report, today, periods));
  return problems;
}

/** A contract ends after it starts; a matrix version is not effective in the future. */
function clientDates(client: Entry<Client>, today: string): Problem[] {
  const problems: Problem[] = [];
  const { contract, matrix } = client.data;
  if (contract.end <= contract.start) {
    problems.push(
      error('dates/order', client.file, ['contract', 'end'], 'the contract ends before it starts', {
        expected: `a date after ${contract.start}`,
        found: contract.end,
      }),
    );
  }
  if (matrix.effective > today) {
    problems.push(
      warning(
        'dates/future',
        client.file,
        ['matrix', 'effective'],
        'the matrix version takes effect in the future',
        {
          expected: `a date up to ${today}`,
          found: matrix.effective,
        },
      ),
    );
  }
  return problems;
}

/** A policy's review follows its effective date, and an approved one says who approved it. */
function policyDates(policy: Entry<Policy>, today: string): Problem[] {
  const problems: Problem[] = [];
  const { data, file } = policy;
  if (data.next_review <= data.effective) {
    problems.push(
      error(
        'dates/order',
        file,
        ['next_review'],
        'the next review is not after the effective date',
        {
          expected: `a date after ${data.effective}`,
          found: data.next_review,
        },
      ),
    );
  }
  if (data.status === 'approved' && !data.approved_by) {
    problems.push(
      error(
        'policies/approval',
        file,
        ['approved_by'],
        'an approved policy must say who approved it',
        {
          expected: 'approved_by with name and date',
          found: 'nothing',
        },
      ),
    );
  }
  problems.push(...policyReviewDates(policy, today));
  return problems;
}

/**
 * An approved policy's next review: within its cycle, and warned about once overdue or due
 * soon, by the same rule (lifecycle's policyReviewDue) every page uses.
 */
function policyReviewDates(policy: Entry<Policy>, today: string): Problem[] {
  const due = policyReviewDue(policy, today);
  if (!due) return [];
  const problems: Problem[] = [];
  const { data, file } = policy;
  const latest = addMonths(data.effective, data.review_cycle_months);
  if (data.next_review > latest) {
    problems.push(
      warning(
        'policies/review-cycle',
        file,
        ['next_review'],
        'the next review is later than the review cycle allows',
        {
          expected: `on or before ${latest} (${data.review_cycle_months} months after ${data.effective})`,
          found: data.next_review,
        },
      ),
    );
  }
  const days = due.days!;
  if (due.state === 'overdue') {
    problems.push(
      warning(
        'policies/review-overdue',
        file,
        ['next_review'],
        `the review is ${-days} days overdue`,
        {
          expected: `a review on or before ${data.next_review}`,
          found: `today is ${today}`,
        },
      ),
    );
  } else if (due.state === 'due-soon') {
    problems.push(
      warning('policies/review-due', file, ['next_review'], `the review is due in ${days} days`, {
        expected: `a review on or before ${data.next_review}`,
        found: `today is ${today}`,
      }),
    );
  }
  return problems;
}

/**
 * A report's period and publication: one report per client and month (`periods` remembers
 * the first file of each), only a month that has ended, and a published one dated and reviewed.
 */
function reportDates(
  report: Entry<Report>,
  today: string,
  periods: Map<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const thisMonth = monthOf(today);
  const { data, file } = report;
  const key = `${data.client}/${data.period}`;
  const first = periods.get(key);
  if (first) {
    problems.push(
      error(
        'reports/one-per-month',
        file,
        ['period'],
        `a second report for ${data.client} in ${data.period}`,
        {
          expected: 'one report per client per month',
          found: `also ${first}`,
        },
      ),
    );
  } else periods.set(key, file);
  if (data.period >= thisMonth) {
    problems.push(
      error('reports/future', file, ['period'], 'a report can only cover a month that has ended', {
        expected: `a month before ${thisMonth}`,
        found: data.period,
      }),
    );
  }
  if (report.data.status === 'published') problems.push(...publicationDates(report, today));
  return problems;
}

/** A published report's date lies in its period's start to today; its reviewer is named. */
function publicationDates(report: Entry<Report>, today: string): Problem[] {
  const problems: Problem[] = [];
  const { data, file } = report;
  if (!data.published_at) {
    problems.push(
      error(
        'reports/published',
        file,
        ['published_at'],
        'a published report needs its publication date',
        {
          expected: 'published_at: YYYY-MM-DD',
          found: 'nothing',
        },
      ),
    );
  } else if (data.published_at < `${data.period}-01` || data.published_at > today) {
    problems.push(
      error(
        'reports/published',
        file,
        ['published_at'],
        'the publication date is outside the possible range',
        {
          expected: `a date from the start of ${data.period} to ${today}`,
          found: data.published_at,
        },
      ),
    );
  }
  if (!data.reviewed_by) {
    problems.push(
      error(
        'reports/published',
        file,
        ['reviewed_by'],
        'a published report must name its reviewer',
        {
          expected: 'reviewed_by: a staff id',
          found: 'nothing',
        },
      ),
    );
  } else if (data.reviewed_by === data.prepared_by) {
    problems.push(
      warning(
        'reports/four-eyes',
        file,
        ['reviewed_by'],
        'the report was reviewed by its own author',
        {
          expected: 'a reviewer other than prepared_by',
          found: `"${data.reviewed_by}"`,
        },
      ),
    );
  }
  return problems;
}

/**
 * A runbook's review and test dates: in the future is an error (nobody can have done it
 * yet); overdue, never tested, or due within the window are warnings.
 */
export function runbookDates(runbook: Entry<Runbook>, today: string): Problem[] {
  const problems: Problem[] = [];
  const { data, file } = runbook;
  const kinds = [
    ['review', 'last_reviewed', data.last_reviewed, data.review_cycle_months],
    ['test', 'last_tested', data.last_tested, data.test_cycle_months],
  ] as const;
  for (const [kind, field, last, cycle] of kinds) {
    if (last && last > today) {
      problems.push(
        error('dates/future', file, [field], `${field.replace('_', ' ')} is in the future`, {
          expected: `a date up to ${today}`,
          found: last,
        }),
      );
      continue;
    }
    const due = dueAfter(last, cycle, today);
    const every = `every ${cycle} months`;
    if (due.state === 'never') {
      problems.push(
        warning(
          'runbooks/never-tested',
          file,
          ['last_tested'],
          'the runbook has never been tested',
          {
            expected: `a test ${every}, recorded in last_tested`,
            found: 'nothing',
          },
        ),
      );
    } else if (due.state === 'overdue') {
      problems.push(
        warning(
          `runbooks/${kind}-overdue`,
          file,
          [field],
          `the ${kind} is ${-due.days!} days overdue`,
          {
            expected: `a ${kind} on or before ${due.due} (${every})`,
            found: `today is ${today}`,
          },
        ),
      );
    } else if (due.state === 'due-soon') {
      problems.push(
        warning(`runbooks/${kind}-due`, file, [field], `the ${kind} is due in ${due.days} days`, {
          expected: `a ${kind} on or before ${due.due} (due soon: within ${DUE_SOON_DAYS} days)`,
          found: `today is ${today}`,
        }),
      );
    }
  }
  return problems;
}
