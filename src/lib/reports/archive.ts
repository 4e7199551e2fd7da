/** A client's report archive: published reports by year, newest first, and the drafts staff work on. */
import type { Report } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';
import { scoreReport, type FrozenStatuses } from './report-status.ts';
import type { Status } from './score.ts';

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

/** The archive of `clientId`; published rows take their status from their snapshots (`frozen`). */
export function reportArchive(model: Model, clientId: string, frozen: FrozenStatuses): Archive {
  if (!model.clientsById.has(clientId)) throw new Error(`no client "${clientId}"`);
  const rows = [...(model.reportsByClient.get(clientId) ?? [])].reverse().map((report) => {
    const { status, counts } = scoreReport(model, report, frozen);
    return {
      report,
      status,
      counts,
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
