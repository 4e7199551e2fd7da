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

/**
 * The reports just before and after `report` that the same readers can see: for a
 * published report only published neighbours, so a client page never links to a draft.
 */
export function neighbours(
  model: Model,
  report: Entry<Report>,
): { before?: Entry<Report>; after?: Entry<Report> } {
  const list = reportsOf(model, report.data.client, { drafts: report.data.status === 'draft' });
  const others = list.filter((r) => r !== report);
  const before = others.filter((r) => r.data.period < report.data.period).at(-1);
  const after = others.find((r) => r.data.period > report.data.period);
  return { ...(before ? { before } : {}), ...(after ? { after } : {}) };
}
