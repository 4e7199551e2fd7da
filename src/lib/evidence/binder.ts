/**
 * A client's evidence binder: for every control of a framework the client is held to,
 * the policies, services, matrix activities, reports and runbooks that evidence it, and
 * a status judged on an injectable `today`.
 */
import type { Client, KpiId, Policy, Report, Runbook } from '../../schemas/index.ts';
import { monthOf, shiftMonth } from '../dates.ts';
import { policyReviewDue, runbookTestDue } from '../lifecycle.ts';
import { resolveMatrix } from '../matrix/resolve.ts';
import type { EffectiveMatrix } from '../matrix/types.ts';
import { controlMappings, type ControlMapping } from '../model/mappings.ts';
import { partyName } from '../model/lookups.ts';
import type { ControlView, Entry, FrameworkEntry, Model } from '../model/types.ts';
import { reportsOf } from '../reports/history.ts';
import {
  clientReadsPolicy,
  clientReadsRunbook,
  policyApplies,
  runbookApplies,
} from './applicable.ts';
import { assuranceOf, type Assurance, type ClientAssurance } from './assurance.ts';
import { exceptionsFor, exceptionState } from './exceptions.ts';
import { committedKpis, kpisByControl, measured } from './kpis.ts';
import {
  controlStatus,
  RECENT_REPORT_MONTHS,
  REPORT_WINDOW_MONTHS,
  STATUS_ORDER,
} from './status.ts';
import type {
  ActivityEvidence,
  Binder,
  BinderGroup,
  ControlEvidence,
  EvidenceStatus,
  PolicyEvidence,
  ReportEvidence,
  RunbookEvidence,
  StatusTotals,
} from './types.ts';

const NO_MAPPING: ControlMapping = { services: [], activities: [], policies: [], runbooks: [] };

/** What every binder of one client shares: its matrix, KPIs and reports, worked out once. */
export interface ClientEvidence {
  model: Model;
  client: Entry<Client>;
  today: string;
  matrix: EffectiveMatrix;
  mappings: Map<string, ControlMapping>;
  /** Control reference → KPIs that speak to it. */
  kpis: Map<string, KpiId[]>;
  /** Subscribed service id → KPIs it commits to. */
  committed: Map<string, KpiId[]>;
  /** Published reports of the window, newest first. */
  reports: Entry<Report>[];
  reportsFrom: string;
  recentFrom: string;
  /** What the institution signed: evidence records, exceptions, decisions. */
  signed: ClientAssurance;
}

/** Works out what the binders of `client` share; pass it to `binderFor` per framework. */
export function clientEvidence(
  model: Model,
  client: Entry<Client>,
  today: string,
  mappings: Map<string, ControlMapping> = controlMappings(model),
  assurance?: Assurance,
): ClientEvidence {
  const thisMonth = monthOf(today);
  const reportsFrom = shiftMonth(thisMonth, -REPORT_WINDOW_MONTHS);
  return {
    model,
    client,
    today,
    matrix: resolveMatrix(model, client),
    mappings,
    kpis: kpisByControl(model, client),
    committed: committedKpis(model, client),
    reports: reportsOf(model, client.id, { drafts: false })
      .filter((r) => r.data.period >= reportsFrom && r.data.period < thisMonth)
      .reverse(),
    reportsFrom,
    recentFrom: shiftMonth(thisMonth, -RECENT_REPORT_MONTHS),
    signed: assuranceOf(assurance, client.id),
  };
}

function policyEvidence(policy: Entry<Policy>, today: string): PolicyEvidence {
  return { policy, review: policyReviewDue(policy, today) };
}

function runbookEvidence(runbook: Entry<Runbook>, today: string): RunbookEvidence {
  return { runbook, test: runbookTestDue(runbook, today) };
}

/** The evidence and status of one control for the client. */
export function controlEvidence(ctx: ClientEvidence, control: ControlView): ControlEvidence {
  const { model, client, today } = ctx;
  const mapping = ctx.mappings.get(control.ref) ?? NO_MAPPING;

  const policies = mapping.policies
    .map((id) => model.policiesById.get(id))
    .filter((p): p is Entry<Policy> => p !== undefined && policyApplies(p, client));
  const runbooks = mapping.runbooks
    .map((id) => model.runbooksById.get(id))
    .filter((r): r is Entry<Runbook> => r !== undefined && runbookApplies(r, client));

  const services = mapping.services.flatMap((id) => {
    const service = model.servicesById.get(id);
    const sub = client.data.services.find((s) => s.service === id);
    return service && sub ? [{ service, tier: sub.tier, kpis: ctx.committed.get(id) ?? [] }] : [];
  });

  const activities: ActivityEvidence[] = ctx.matrix.rows
    .filter((row) => mapping.activities.includes(row.activity.id))
    .map((row) => ({
      row,
      responsible: row.responsible.map((party) => {
        const person = row.coverage.find((c) => c.party === party)?.primary?.name;
        return { party, partyName: partyName(model, party), ...(person ? { person } : {}) };
      }),
      gaps: ctx.matrix.gaps.filter((g) => g.activity === row.activity.id),
    }));

  const speaking = ctx.kpis.get(control.ref) ?? [];
  const reports: ReportEvidence[] = speaking.length
    ? ctx.reports.flatMap((report) => {
        const kpis = measured(report.data.metrics, speaking);
        return kpis.length ? [{ report, kpis }] : [];
      })
    : [];

  const evidence = {
    policies: policies
      .filter((p) => clientReadsPolicy(p, client))
      .map((p) => policyEvidence(p, today)),
    services,
    activities,
    reports,
    runbooks: runbooks
      .filter((r) => clientReadsRunbook(r, client))
      .map((r) => runbookEvidence(r, today)),
  };
  const exceptions = exceptionsFor(ctx.signed.exceptions, control.ref).filter(
    (e) => e.data.accepted_by.date <= today,
  );
  const decision = ctx.signed.decisions.find((d) => d.data.control === control.ref);
  const signed = {
    records: ctx.signed.records.filter((r) => r.data.controls.includes(control.ref)),
    exceptions,
    decision,
  };
  return {
    control,
    ...evidence,
    ...controlStatus(evidence, signed, ctx.recentFrom, today),
    exceptions: exceptions.map((exception) => ({
      exception,
      state: exceptionState(exception.data, today),
    })),
    decision: decision && decision.data.decided_by.date <= today ? decision : undefined,
    staffOnly: {
      policies: policies
        .filter((p) => !clientReadsPolicy(p, client))
        .map((p) => policyEvidence(p, today)),
      runbooks: runbooks
        .filter((r) => !clientReadsRunbook(r, client))
        .map((r) => runbookEvidence(r, today)),
    },
  };
}

/** A group's heading: its id too when the id is a citation ("II", "164.308"), not a slug. */
export function groupLabel(group: { id: string; title: string }): string {
  if (/^[a-z]+(?:-[a-z]+)*$/.test(group.id)) return group.title;
  // "Appendix A — Guidelines…" already names group A: no "A Appendix A".
  const head = group.title.split(/\s[—–-]\s/)[0]!;
  const id = group.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|\\s)${id}($|\\s|[.:,])`).test(head)
    ? group.title
    : `${group.id} ${group.title}`;
}

/** Counts of `rows` by status. */
export function statusTotals(rows: ReadonlyArray<{ status: EvidenceStatus }>): StatusTotals {
  const totals = { total: rows.length } as StatusTotals;
  for (const status of STATUS_ORDER) totals[status] = 0;
  for (const row of rows) totals[row.status]++;
  return totals;
}

/** The client's binder for `framework`, its rows in the framework's group order. */
export function binderFor(ctx: ClientEvidence, framework: FrameworkEntry): Binder {
  const evidence = framework.data.controls.map((c) => {
    const ref = `${framework.id}:${c.id}`;
    const control = ctx.model.controlsByRef.get(ref) ?? { ...c, framework: framework.id, ref };
    return controlEvidence(ctx, control);
  });
  const known = new Set(framework.data.groups.map((g) => g.id));
  const groups: BinderGroup[] = [
    ...framework.data.groups,
    // A control in a group the framework does not list still gets a row (the check flags it).
    ...[...new Set(evidence.map((r) => r.control.group))]
      .filter((id) => !known.has(id))
      .map((id) => ({ id, title: id })),
  ]
    .map((g) => ({
      id: g.id,
      title: g.title,
      label: groupLabel(g),
      rows: evidence.filter((r) => r.control.group === g.id),
    }))
    .filter((g) => g.rows.length > 0);
  const rows = groups.flatMap((g) => g.rows);
  return {
    client: ctx.client,
    framework,
    today: ctx.today,
    reportsFrom: ctx.reportsFrom,
    groups,
    rows,
    totals: statusTotals(rows),
  };
}

/** Every binder of `client`: one per framework it is held to, in the client's order. */
export function clientBinders(
  model: Model,
  client: Entry<Client>,
  today: string,
  mappings?: Map<string, ControlMapping>,
  assurance?: Assurance,
): Binder[] {
  const ctx = clientEvidence(model, client, today, mappings, assurance);
  return client.data.frameworks
    .map((id) => model.frameworksById.get(id))
    .filter((fw): fw is FrameworkEntry => fw !== undefined)
    .map((fw) => binderFor(ctx, fw));
}

/** One control-by-control binder of `client` for `framework`, judged on `today`. */
export function evidenceFor(
  model: Model,
  client: Entry<Client>,
  framework: string,
  today: string,
  assurance?: Assurance,
): Binder {
  const fw = model.frameworksById.get(framework);
  if (!fw) throw new Error(`no framework "${framework}"`);
  return binderFor(clientEvidence(model, client, today, undefined, assurance), fw);
}
