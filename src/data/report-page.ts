/** A report page's data: a published report's snapshot, or a draft's live view. */
import type { Report } from '../schemas/index.ts';
import type { Entry, Model } from '../lib/model/types.ts';
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import {
  frozenPageData,
  readFrozenStatuses,
  readReportSnapshot,
} from '../lib/records/frozen-report.ts';
import { livePageData, type ReportPageData } from '../lib/reports/page-data.ts';
import type { FrozenStatuses } from '../lib/reports/report-status.ts';

/** What the page of `report` renders. */
export async function reportPageData(model: Model, report: Entry<Report>): Promise<ReportPageData> {
  if (report.data.status === 'published') {
    return frozenPageData(await readReportSnapshot(contentRoot(), report.file));
  }
  return livePageData(model, report, today());
}

/**
 * Each published report's overall status, counts and scores as frozen at publication, by
 * file: of one client, or of every client when `clientId` is left out.
 */
export function frozenStatuses(model: Model, clientId?: string): Promise<FrozenStatuses> {
  const reports = clientId ? (model.reportsByClient.get(clientId) ?? []) : model.reports;
  return readFrozenStatuses(contentRoot(), reports);
}
