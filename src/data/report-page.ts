/** A report page's data: a published report's snapshot, or a draft's live view. */
import type { Report } from '../schemas/index.ts';
import type { Entry, Model } from '../lib/model/types.ts';
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import { frozenPageData, readReportSnapshot } from '../lib/records/frozen-report.ts';
import { livePageData, type ReportPageData } from '../lib/reports/page-data.ts';
import type { FrozenStatuses } from '../lib/reports/archive.ts';

/** What the page of `report` renders. */
export async function reportPageData(model: Model, report: Entry<Report>): Promise<ReportPageData> {
  if (report.data.status === 'published') {
    return frozenPageData(await readReportSnapshot(contentRoot(), report.file));
  }
  return livePageData(model, report, today());
}

/** Each published report's overall status and counts as frozen at publication, by file. */
export async function frozenStatuses(model: Model, clientId: string): Promise<FrozenStatuses> {
  const published = (model.reportsByClient.get(clientId) ?? []).filter(
    (r) => r.data.status === 'published',
  );
  const snapshots = await Promise.all(
    published.map((r) => readReportSnapshot(contentRoot(), r.file)),
  );
  return new Map(
    published.map((r, i) => [
      r.file,
      { status: snapshots[i]!.view.overall, counts: snapshots[i]!.view.counts },
    ]),
  );
}
