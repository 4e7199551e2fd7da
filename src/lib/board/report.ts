/**
 * The annual report to the board for one client and year: a one-page summary, then one
 * section per matter the rule lists, each computed from the year's records, exceptions,
 * decisions, reports and incidents. Judged as of the year's last day, or today for the
 * year still running.
 */
import type { Client, Incident, Recommendation, Report } from '../../schemas/index.ts';
import type {
  BoardEntry,
  ClientAssurance,
  DecisionEntry,
  EvidenceRecord,
  ExceptionEntry,
} from '../evidence/assurance.ts';
import { clientBinders, statusTotals } from '../evidence/binder.ts';
import { exceptionState, type ExceptionState } from '../evidence/exceptions.ts';
import type { Binder, StatusTotals } from '../evidence/types.ts';
import type { Entry, Model } from '../model/types.ts';
import { boardRule, type BoardRule } from './rules.ts';
import { urls } from '../urls.ts';

/** An incident of the year with the month of the report that carried it. */
export interface BoardIncident {
  period: string;
  incident: Incident;
}

/** A recommendation as last reported in the year. */
export interface BoardRecommendation {
  period: string;
  recommendation: Recommendation;
}

/** Everything the board report shows. */
export interface BoardReport {
  client: Entry<Client>;
  entry: BoardEntry;
  year: string;
  /** The day the figures are judged on. */
  asOf: string;
  rule: BoardRule | undefined;
  binders: Binder[];
  totals: StatusTotals;
  riskAssessments: EvidenceRecord[];
  /** Every record of the year except risk assessments, by period end. */
  testing: EvidenceRecord[];
  exceptions: Array<ExceptionEntry & { state: ExceptionState }>;
  decisions: DecisionEntry[];
  vendorReviews: EvidenceRecord[];
  incidents: BoardIncident[];
  recommendations: BoardRecommendation[];
  /** Published monthly reports of the year. */
  reports: Entry<Report>[];
}

/** The board report of `entry` for `client`, with figures as of the year end or `today`. */
export function boardReport(
  model: Model,
  client: Entry<Client>,
  signed: ClientAssurance,
  entry: BoardEntry,
  today: string,
): BoardReport {
  const year = entry.year;
  const asOf = `${year}-12-31` < today ? `${year}-12-31` : today;
  const inYear = (day: string) => day.startsWith(`${year}-`);
  const binders = clientBinders(model, client, asOf, undefined, new Map([[client.id, signed]]));
  const records = signed.records
    .filter((r) => inYear(r.data.period.end) && r.data.approved_by.date <= asOf)
    .sort((a, b) => a.data.period.end.localeCompare(b.data.period.end));
  const reports = (model.reportsByClient.get(client.id) ?? []).filter(
    (r) => r.data.status === 'published' && r.data.period.startsWith(`${year}-`),
  );
  const latest = new Map<string, BoardRecommendation>();
  for (const r of reports)
    for (const rec of r.data.recommendations)
      latest.set(rec.id, { period: r.data.period, recommendation: rec });
  return {
    client,
    entry,
    year,
    asOf,
    rule: boardRule(client.data),
    binders,
    totals: statusTotals(binders.flatMap((b) => b.rows)),
    riskAssessments: records.filter((r) => r.data.kind === 'risk-assessment'),
    testing: records.filter((r) => r.data.kind !== 'risk-assessment'),
    vendorReviews: records.filter((r) => r.data.kind === 'vendor-review'),
    exceptions: signed.exceptions
      .filter((e) => e.data.accepted_by.date <= asOf && e.data.expires >= `${year}-01-01`)
      .map((e) => ({ ...e, state: exceptionState(e.data, asOf) })),
    decisions: signed.decisions.filter((d) => d.data.decided_by.date <= asOf),
    incidents: reports.flatMap((r) =>
      r.data.incidents.map((incident) => ({ period: r.data.period, incident })),
    ),
    recommendations: [...latest.values()],
    reports,
  };
}

/** The page of a client's board report for `year`. */
export function boardPath(client: string, year: string): string {
  return urls.board(client, year);
}
