/**
 * The frozen side of a published report: everything its page shows that lives outside
 * the report file, captured when it was published and written beside it as
 * `<period>.snapshot.json`. A published report's page reads this, never the live model,
 * so a later change to a target, a tier, a name or a rule cannot reach it.
 */
import type { Client, Report } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';
import { partyName, staffName, tierName } from '../model/lookups.ts';
import {
  evaluateObligations,
  OBLIGATION_RULES_VERSION,
  type IncidentObligations,
} from '../obligations/index.ts';
import { targetsFor, type ClientTarget } from '../reports/targets.ts';
import type { Trend } from '../reports/trends.ts';
import { reportView, type ReportView } from '../reports/view.ts';
import { recordText, sealed, type Seal } from './seal.ts';
import { providerContact, type ProviderContact } from '../escalation.ts';

/** Version of the scoring rules (KPI catalog, tolerances, RAG bands) a snapshot was computed with. */
export const SCORING_RULES_VERSION = 'scoring-2026.1';
/** Version of the incident notification rules a snapshot was evaluated with. */
export const INCIDENT_RULES_VERSION = OBLIGATION_RULES_VERSION;
/** Layout version of the snapshot file. */
export const SNAPSHOT_FORMAT = 1;

/** A resolved target as it stood at publication, with where it came from. */
export interface FrozenTarget extends ClientTarget {
  service_name: string;
  tier: string;
  tier_name: string;
}

/** The incident notification obligations as evaluated at publication, stored verbatim. */
export interface FrozenIncidents {
  rules_version: string;
  /** When open deadlines were judged (ISO instant). */
  evaluated_at: string;
  /** The evaluation function's output, one entry per incident in report order. */
  evaluation: IncidentObligations[];
}

/** A chart as frozen: its data and text alternative; the drawing is redone from them. */
export interface FrozenChart {
  id: string;
  kind: 'line' | 'bar';
  trend: Trend;
  summary: string;
}

/** What a published report page renders, computed at publication. */
export type FrozenView = Omit<ReportView, 'report' | 'client' | 'previous' | 'charts'> & {
  charts: FrozenChart[];
  previous_period?: string;
};

/** The snapshot file's content. */
export interface ReportSnapshot {
  format: number;
  report: string;
  client: string;
  period: string;
  captured: string;
  rules: { scoring: string; incidents: string };
  names: {
    client: string;
    provider: string;
    timezone: string;
    staff: Record<string, string>;
    parties: Record<string, string>;
  };
  targets: FrozenTarget[];
  /** How to reach the provider (contact points and escalation ladder) as printed on the page. */
  contact: ProviderContact;
  incidents: FrozenIncidents;
  view: FrozenView;
  seal?: Seal;
}

/** The snapshot file of a report file: `clients/x/reports/2026-10.mdx` → `…/2026-10.snapshot.json`. */
export function snapshotFileFor(reportFile: string): string {
  return reportFile.replace(/\.mdx?$/, '.snapshot.json');
}

/** Where a correction keeps the snapshot of ledger version `version` (1-based). */
export function archivedSnapshotFile(reportFile: string, version: number): string {
  return reportFile.replace(/\.mdx?$/, `.snapshot.v${version}.json`);
}

/**
 * The targets `client`'s reports are scored against now, with service and tier names.
 * The one place a snapshot reads targets: swap the resolver here when targets move.
 */
export function captureTargets(model: Model, client: Entry<Client>): FrozenTarget[] {
  return [...targetsFor(model, client).values()].map((t) => {
    const service = model.servicesById.get(t.service);
    const tier = client.data.services.find((s) => s.service === t.service)?.tier ?? '';
    return {
      ...t,
      service_name: service?.data.title ?? t.service,
      tier,
      tier_name: tierName(service, tier),
    };
  });
}

/**
 * The incident deadlines of `report` evaluated at `at` (ISO instant). The one place a
 * snapshot evaluates incident rules: swap the evaluator here when the rules engine changes.
 */
export function captureIncidents(
  client: Entry<Client>,
  report: Report,
  at: string,
): FrozenIncidents {
  return {
    rules_version: INCIDENT_RULES_VERSION,
    evaluated_at: at,
    evaluation: report.incidents.map((i) => evaluateObligations(client.data.regulatory, i, at)),
  };
}

function staffIds(report: Report): string[] {
  const ids = [report.prepared_by, report.reviewed_by, ...report.corrections.map((c) => c.by)];
  return [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
}

/** The snapshot of published `report`, computed from `model` as it stands on `day`. */
export function captureReportSnapshot(
  model: Model,
  report: Entry<Report>,
  day: string,
): ReportSnapshot {
  const client = model.clientsById.get(report.data.client);
  if (!client) throw new Error(`${report.file}: unknown client "${report.data.client}"`);
  const targets = captureTargets(model, client);
  const at = `${report.data.published_at ?? day}T00:00:00.000Z`;
  const incidents = captureIncidents(client, report.data, at);
  const live = reportView(model, report, at.slice(0, 10), {
    targets: new Map(targets.map((t) => [t.kpi, t])),
    obligations: incidents.evaluation,
  });
  const { report: _r, client: _c, previous, charts, ...rest } = live;
  const view: FrozenView = JSON.parse(
    JSON.stringify({
      ...rest,
      charts: charts.map((c) => ({
        id: c.id,
        kind: c.geometry.kind,
        trend: c.trend,
        summary: c.summary,
      })),
    }),
  );
  if (previous) view.previous_period = previous.data.period;
  const parties = [...new Set(report.data.recommendations.map((r) => r.owner))].sort();
  return {
    format: SNAPSHOT_FORMAT,
    report: report.file,
    client: client.id,
    period: report.data.period,
    captured: day,
    rules: { scoring: SCORING_RULES_VERSION, incidents: INCIDENT_RULES_VERSION },
    names: {
      client: client.data.name,
      provider: model.provider.data.name,
      timezone: client.data.timezone,
      staff: Object.fromEntries(staffIds(report.data).map((id) => [id, staffName(model, id)])),
      parties: Object.fromEntries(parties.map((id) => [id, partyName(model, id)])),
    },
    targets: JSON.parse(JSON.stringify(targets)),
    contact: providerContact(model),
    incidents: JSON.parse(JSON.stringify(incidents)),
    view,
  };
}

/** The snapshot as the bytes written to disk, sealed. */
export function serializeSnapshot(snapshot: ReportSnapshot): string {
  return recordText(sealed(snapshot as unknown as Record<string, unknown>));
}
