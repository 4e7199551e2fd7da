/** A client's report archive: published reports by year, newest first, and the drafts staff work on. */
import type { Report } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';
import { previousReport } from './history.ts';
import { overallStatus, scoreMetrics, statusCounts, type Status } from './score.ts';
import { targetsFor } from './targets.ts';

/** One month in the archive. */
export interface ArchiveRow {
  report: Entry<Report>;
  status: Status;
  counts: Record<Status, number>;
  incidents: number;
  corrected: boolean;
}

/** A client's archive: published by year, newest first, and drafts. */
export interface Archive {
  years: Array<{ year: string; rows: ArchiveRow[] }>;
  drafts: ArchiveRow[];
}

/** A published report's status as frozen in its snapshot, by report file. */
export type FrozenStatuses = ReadonlyMap<
  string,
  { status: Status; counts: Record<Status, number> }
>;

/** The archive of `clientId`; published rows take their status from `frozen` when given. */
export function reportArchive(
  model: Model,
  clientId: string,
  frozen: FrozenStatuses = new Map(),
): Archive {
  const client = model.clientsById.get(clientId);
  if (!client) throw new Error(`no client "${clientId}"`);
  const targets = targetsFor(model, client);
  const rows = [...(model.reportsByClient.get(clientId) ?? [])].reverse().map((report) => {
    const scores = scoreMetrics(
      report.data.metrics,
      targets,
      previousReport(model, report)?.data.metrics,
    );
    const kept = report.data.status === 'published' ? frozen.get(report.file) : undefined;
    return {
      report,
      status: kept?.status ?? overallStatus(scores),
      counts: kept?.counts ?? statusCounts(scores),
      incidents: report.data.incidents.length,
      corrected: report.data.corrections.length > 0,
    };
  });
  const years = new Map<string, ArchiveRow[]>();
  for (const row of rows.filter((r) => r.report.data.status === 'published')) {
    const year = row.report.data.period.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), row]);
  }
  return {
    years: [...years].map(([year, list]) => ({ year, rows: list })),
    drafts: rows.filter((r) => r.report.data.status === 'draft'),
  };
}
