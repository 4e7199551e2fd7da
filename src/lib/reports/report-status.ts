/**
 * One answer to "how did this report do": a published report's overall status and counts
 * as frozen in its snapshot at publication, and a draft's scored live against today's
 * targets. Every page and the dashboard ask here, so a summary never disagrees with the
 * frozen page it links to.
 */
import type { Report } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';
import { latestPublished, previousReport } from './history.ts';
import { scoreMonth, type KpiScore, type Status } from './score.ts';
import { targetsFor } from './targets.ts';

/** A report's overall status, counts and scores. */
export interface ReportStatus {
  status: Status;
  counts: Record<Status, number>;
  scores: readonly KpiScore[];
}

/** A published report's status as frozen in its snapshot, by report file. */
export type FrozenStatuses = ReadonlyMap<string, ReportStatus>;

/** The overall status, counts and scores of `report`; published ones come from `frozen`. */
export function scoreReport(
  model: Model,
  report: Entry<Report>,
  frozen: FrozenStatuses,
): ReportStatus {
  if (report.data.status === 'published') {
    const kept = frozen.get(report.file);
    if (!kept)
      throw new Error(
        `${report.file}: a published report has no snapshot to take its status from (expected ${report.file.replace(/\.mdx?$/, '.snapshot.json')})`,
      );
    return kept;
  }
  const client = model.clientsById.get(report.data.client);
  if (!client) throw new Error(`${report.file}: unknown client "${report.data.client}"`);
  return scoreMonth(
    report.data.metrics,
    targetsFor(model, client),
    previousReport(model, report)?.data.metrics,
  );
}

/** A client's latest published report with its frozen status, or undefined before the first. */
export function latestReportScore(
  model: Model,
  clientId: string,
  frozen: FrozenStatuses,
): ({ report: Entry<Report> } & ReportStatus) | undefined {
  const report = latestPublished(model, clientId);
  return report ? { report, ...scoreReport(model, report, frozen) } : undefined;
}
