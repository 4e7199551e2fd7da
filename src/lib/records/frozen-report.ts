/**
 * A published report's page data, from its snapshot alone: reads the snapshot, checks
 * it against the ledger (so an edited snapshot fails the render as it fails the check),
 * and redraws the charts from the frozen figures.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblemsPlain, type Problem } from '../problems.ts';
import { chartGeometry } from '../reports/chart.ts';
import { LEDGER_FILE, parseLedger } from '../reports/ledger.ts';
import type { ReportPageData } from '../reports/page-data.ts';
import type { FrozenStatuses } from '../reports/report-status.ts';
import type { Report } from '../../schemas/index.ts';
import type { Entry } from '../model/types.ts';
import { snapshotFileFor, type ReportSnapshot } from './report-snapshot.ts';
import { verifyRecordText } from './snapshot-check.ts';

/** The page data of `snapshot`. */
export function frozenPageData(snapshot: ReportSnapshot): ReportPageData {
  const { charts, previous_period, ...view } = snapshot.view;
  return {
    ...view,
    charts: charts.map((c) => ({
      id: c.id,
      trend: c.trend,
      geometry: chartGeometry(c.trend, c.kind),
      summary: c.summary,
    })),
    frozen: true,
    ...(previous_period ? { previousPeriod: previous_period } : {}),
    clientName: snapshot.names.client,
    providerName: snapshot.names.provider,
    timezone: snapshot.names.timezone,
    staff: snapshot.names.staff,
    parties: snapshot.names.parties,
    contact: snapshot.contact,
  };
}

function fail(problems: Problem[]): never {
  throw new Error(`A published report cannot be rendered:\n${formatProblemsPlain(problems)}`);
}

/** The verified snapshot of published `reportFile` under `root`; throws naming file and field. */
export async function readReportSnapshot(
  root: string,
  reportFile: string,
): Promise<ReportSnapshot> {
  const file = snapshotFileFor(reportFile);
  const ledgerText = await readFile(join(root, LEDGER_FILE), 'utf8').catch(() => undefined);
  const { ledger, problems } = parseLedger(ledgerText);
  if (problems.length) fail(problems);
  const last = ledger.get(reportFile)?.at(-1);
  if (!last?.snapshot) {
    fail([
      {
        severity: 'error',
        rule: 'reports/ledger-missing',
        file: reportFile,
        path: ['status'],
        message: 'published without a recorded snapshot',
        expected: 'a snapshot in the ledger: run npm run report:publish -- --record --all',
      },
    ]);
  }
  const text = await readFile(join(root, file), 'utf8').catch(() => undefined);
  if (text === undefined) {
    fail([
      {
        severity: 'error',
        rule: 'records/snapshot',
        file,
        path: [],
        message: 'the snapshot of a published report is missing',
        found: 'no such file',
      },
    ]);
  }
  const wrong = verifyRecordText(file, text, last.snapshot, last.recorded);
  if (wrong.length) fail(wrong);
  return JSON.parse(text) as ReportSnapshot;
}

/** The frozen status, counts and scores of each published report in `reports`, by file. */
export async function readFrozenStatuses(
  root: string,
  reports: readonly Entry<Report>[],
): Promise<FrozenStatuses> {
  const published = reports.filter((r) => r.data.status === 'published');
  const snapshots = await Promise.all(published.map((r) => readReportSnapshot(root, r.file)));
  return new Map(
    published.map((r, i) => {
      const { overall, counts, scores } = snapshots[i]!.view;
      return [r.file, { status: overall, counts, scores }];
    }),
  );
}
