/** A client's reports in time order, and the month before a given report. */
import type { Report } from '../../schemas/index.ts';
import { shiftMonth } from '../dates.ts';
import type { Entry, Model } from '../model/types.ts';

/** Reports of `client`, oldest first; drafts only when asked for. */
export function reportsOf(
  model: Model,
  client: string,
  options: { drafts: boolean },
): Entry<Report>[] {
  return (model.reportsByClient.get(client) ?? []).filter(
    (r) => options.drafts || r.data.status === 'published',
  );
}

/** The report for the month before `report`, if there is one (published, unless `report` is a draft). */
export function previousReport(model: Model, report: Entry<Report>): Entry<Report> | undefined {
  const month = shiftMonth(report.data.period, -1);
  return (model.reportsByClient.get(report.data.client) ?? []).find(
    (r) =>
      r.data.period === month && (r.data.status === 'published' || report.data.status === 'draft'),
  );
}

/** The newest published report of `client`. */
export function latestPublished(model: Model, client: string): Entry<Report> | undefined {
  return reportsOf(model, client, { drafts: false }).at(-1);
}
