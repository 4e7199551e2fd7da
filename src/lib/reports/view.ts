/**
 * Everything a report page shows, computed in one place so the page stays a layout:
 * scores against targets with deltas, trends, incidents with their notification obligations,
 * vulnerabilities, recommendations and the month's raw figures.
 */
import { formatNumber } from '../format.ts';
import type { Client, Incident, KpiId, Metrics, Report } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';
import { chartGeometry, type ChartGeometry } from './chart.ts';
import { evaluateObligations, type IncidentObligations } from '../obligations/index.ts';
import { obligationLine, type ObligationLine } from '../obligations/display.ts';
import { VULN_SEVERITIES } from './checks/metrics.ts';
import { previousReport } from './history.ts';
import { recommendationViews, type RecommendationView } from './recommendations.ts';
import { scoreMonth, type KpiScore, type Status } from './score.ts';
import { targetsFor, type ClientTarget } from './targets.ts';
import { reportTrends, trendSummary, type Trend } from './trends.ts';

/** One incident with its notification obligations and elapsed times. */
export interface IncidentView {
  incident: Incident;
  /** The evaluated obligations, plain data (what a frozen snapshot stores). */
  obligations: IncidentObligations;
  /** Those that apply (or could not be determined), as page lines. */
  due: ObligationLine[];
  /** Those the facts put out of scope, with why. */
  notApplicable: ObligationLine[];
  /** Those written for other kinds of institution. */
  otherInstitutions: ObligationLine[];
  /** Hours from detection to containment and to resolution. */
  toContain?: number;
  toResolve?: number;
  toNotifyClient?: number;
}

/** One severity row of the vulnerability table. */
export interface VulnRow {
  severity: (typeof VULN_SEVERITIES)[number];
  previousOpen?: number;
  new: number;
  remediated: number;
  open: number;
}

/** One row of the month's figures, with last month's beside it. */
export interface FigureRow {
  label: string;
  value: string;
  previous?: string;
}

/** A trend with its chart geometry and text alternative. */
export interface ChartView {
  id: string;
  trend: Trend;
  geometry: ChartGeometry;
  summary: string;
}

/** Everything the report page renders. */
export interface ReportView {
  report: Entry<Report>;
  client: Entry<Client>;
  previous?: Entry<Report>;
  scores: KpiScore[];
  overall: Status;
  counts: Record<Status, number>;
  charts: ChartView[];
  incidents: IncidentView[];
  vulnerabilities: VulnRow[];
  figures: FigureRow[];
  recommendations: RecommendationView[];
}

const HOUR_MS = 3_600_000;

function hours(from: string, to: string | undefined): number | undefined {
  return to ? (Date.parse(to) - Date.parse(from)) / HOUR_MS : undefined;
}

function figures(
  m: Metrics,
  p: Metrics | undefined,
  incidents: number,
  prevIncidents?: number,
): FigureRow[] {
  const n = (v: number) => formatNumber(v, 3);
  const of = (a: number, b: number) => `${n(a)} of ${n(b)}`;
  const rows: Array<[string, (x: Metrics) => string]> = [
    ['Endpoints with EDR', (x) => of(x.endpoints_edr, x.endpoints_managed)],
    [
      'Critical patches outstanding',
      (x) =>
        x.critical_patches_outstanding
          ? `${n(x.critical_patches_outstanding)}, oldest ${n(x.critical_patch_oldest_days)} days`
          : 'None',
    ],
    ['Backup jobs succeeded', (x) => of(x.backup_jobs_succeeded, x.backup_jobs)],
    [
      'Restore tests passed',
      (x) =>
        x.restore_tests_performed
          ? of(x.restore_tests_passed, x.restore_tests_performed)
          : 'None performed',
    ],
    [
      'Alerts (critical / high / medium / low)',
      (x) => [x.alerts_critical, x.alerts_high, x.alerts_medium, x.alerts_low].map(n).join(' / '),
    ],
    [
      'Privileged accounts reviewed',
      (x) => of(x.privileged_accounts_reviewed, x.privileged_accounts),
    ],
    [
      'Phishing simulation clicks',
      (x) => (x.phish_sent ? of(x.phish_clicked, x.phish_sent) : 'No simulation'),
    ],
    ['Training completed', (x) => of(x.training_completed, x.training_assigned)],
    ['Tickets opened / closed', (x) => `${n(x.tickets_opened)} / ${n(x.tickets_closed)}`],
  ];
  const out: FigureRow[] = rows.map(([label, f]) => ({
    label,
    value: f(m),
    ...(p ? { previous: f(p) } : {}),
  }));
  out.push({
    label: 'Security incidents',
    value: n(incidents),
    ...(prevIncidents !== undefined ? { previous: n(prevIncidents) } : {}),
  });
  return out;
}

/** Inputs a caller may fix instead of reading the model (a report snapshot captures these). */
export interface ReportViewInputs {
  /** The targets to score against; default: the client's targets now. */
  targets?: ReadonlyMap<KpiId, ClientTarget>;
  /** The evaluated notification obligations, one per incident in report order. */
  obligations?: readonly IncidentObligations[];
}

/** The view of `report` for its page; `today` (YYYY-MM-DD) judges pending notification obligations. */
export function reportView(
  model: Model,
  report: Entry<Report>,
  today: string,
  inputs: ReportViewInputs = {},
): ReportView {
  const client = model.clientsById.get(report.data.client);
  if (!client) throw new Error(`report ${report.id} names unknown client "${report.data.client}"`);
  const targets = inputs.targets ?? targetsFor(model, client);
  const previous = previousReport(model, report);
  const { data } = report;
  const { scores, status, counts } = scoreMonth(data.metrics, targets, previous?.data.metrics);
  const now = `${today}T00:00:00.000Z`;
  const charts = reportTrends(model, report, targets).map((trend) => ({
    id: `trend-${trend.def.id.replace(/_/g, '-')}`,
    trend,
    geometry: chartGeometry(trend, trend.kind),
    summary: trendSummary(trend),
  }));
  const incidents = data.incidents.map((incident, i) => {
    const obligations =
      inputs.obligations?.[i] ?? evaluateObligations(client.data.regulatory, incident, now);
    const lines = obligations.obligations.map((o) => obligationLine(o, client.data.timezone));
    const view: IncidentView = {
      incident,
      obligations,
      due: lines.filter((l) => l.result.status !== 'not-applicable'),
      notApplicable: lines.filter(
        (l) => l.result.status === 'not-applicable' && !l.result.outOfScope,
      ),
      otherInstitutions: lines.filter((l) => l.result.outOfScope),
    };
    const contain = hours(incident.detected, incident.contained);
    const resolve = hours(incident.detected, incident.resolved);
    const notify = hours(incident.detected, incident.client_notified);
    if (contain !== undefined) view.toContain = contain;
    if (resolve !== undefined) view.toResolve = resolve;
    if (notify !== undefined) view.toNotifyClient = notify;
    return view;
  });
  const m = data.metrics;
  const p = previous?.data.metrics;
  const vulnerabilities = VULN_SEVERITIES.map((severity) => ({
    severity,
    ...(p ? { previousOpen: p[`vulns_${severity}_open`] } : {}),
    new: m[`vulns_${severity}_new`],
    remediated: m[`vulns_${severity}_remediated`],
    open: m[`vulns_${severity}_open`],
  }));
  return {
    report,
    client,
    ...(previous ? { previous } : {}),
    scores,
    overall: status,
    counts,
    charts,
    incidents,
    vulnerabilities,
    figures: figures(m, p, data.incidents.length, previous?.data.incidents.length),
    recommendations: recommendationViews(data),
  };
}
