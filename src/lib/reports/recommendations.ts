/** How a recommendation reads in a report: how long it has been carried, and whether it is overdue. */
import type { Recommendation, Report } from '../../schemas/index.ts';
import { addDays, monthsBetween, shiftMonth } from '../dates.ts';
import { plural } from '../format.ts';

/** A recommendation as the report shows it. */
export interface RecommendationView extends Recommendation {
  /** Whole months between the month it was raised and the report's month. */
  ageMonths: number;
  /** "New this month" / "Carried forward 3 months". */
  ageLabel: string;
  /** Still open or in progress after its due date, as of the end of the report's month. */
  overdue: boolean;
  closed: boolean;
}

/** Words for each recommendation status. */
export const RECOMMENDATION_STATUS_LABELS: Record<Recommendation['status'], string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  declined: 'Declined',
};

/** Whether a recommendation is settled (done or declined) rather than still open or in progress. */
export function isClosed(rec: Pick<Recommendation, 'status'>): boolean {
  return rec.status === 'done' || rec.status === 'declined';
}

/** The recommendations of `report`, open ones first (oldest first), then those closed this month. */
export function recommendationViews(report: Report): RecommendationView[] {
  const monthEnd = addDays(`${shiftMonth(report.period, 1)}-01`, -1);
  const priority = { high: 0, medium: 1, low: 2 } as const;
  return report.recommendations
    .map((rec) => {
      const ageMonths = Math.max(0, monthsBetween(rec.raised, report.period));
      const closed = isClosed(rec);
      return {
        ...rec,
        ageMonths,
        ageLabel:
          ageMonths === 0 ? 'New this month' : `Carried forward ${plural(ageMonths, 'month')}`,
        overdue: !closed && rec.due !== undefined && rec.due < monthEnd,
        closed,
      };
    })
    .sort(
      (a, b) =>
        Number(a.closed) - Number(b.closed) ||
        a.raised.localeCompare(b.raised) ||
        priority[a.priority] - priority[b.priority] ||
        a.id.localeCompare(b.id),
    );
}
