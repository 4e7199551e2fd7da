/**
 * "What changed" for a client: new and corrected reports, published matrix versions,
 * new policy versions, services subscribed and runbooks newly shared — dated entries, newest first, each with
 * a path under the client's pages. The home, the history page and the Atom feeds read it.
 */
import { clientMaySee, policyAudience } from '../audience/audience.ts';
import { shiftMonth } from '../dates.ts';
import type { Model } from '../model/types.ts';
import { tierName } from '../model/lookups.ts';
import type { MatrixLedgerEntry } from './matrix-ledger.ts';
import { at, urls } from '../urls.ts';

/** One thing that changed for a client. */
export interface ChangeItem {
  /** Stable id, unique within the client, for feed entry ids. */
  id: string;
  date: string;
  kind: 'report' | 'correction' | 'matrix' | 'policy' | 'service' | 'runbook';
  title: string;
  summary: string;
  /** Path from the site root, e.g. `/clients/x/reports/2026-10/`. */
  path: string;
}

/** Every change of `client`, newest first; `matrix` is its published matrix versions. */
export function clientChanges(
  model: Model,
  clientId: string,
  matrix: readonly MatrixLedgerEntry[],
): ChangeItem[] {
  const client = model.clientsById.get(clientId);
  if (!client) return [];
  const out: ChangeItem[] = [];
  for (const r of model.reportsByClient.get(clientId) ?? []) {
    if (r.data.status !== 'published' || !r.data.published_at) continue;
    const path = urls.report(clientId, r.data.period);
    out.push({
      id: `report-${r.data.period}`,
      date: r.data.published_at,
      kind: 'report',
      title: `Security report for ${r.data.period} published`,
      summary: r.data.headline,
      path,
    });
    r.data.corrections.forEach((c, i) =>
      out.push({
        id: `report-${r.data.period}-correction-${i + 1}`,
        date: c.date,
        kind: 'correction',
        title: `Security report for ${r.data.period} corrected`,
        summary: c.reason,
        path,
      }),
    );
  }
  for (const v of matrix.filter((e) => e.event === 'published')) {
    out.push({
      id: `matrix-${v.number}`,
      date: v.published,
      kind: 'matrix',
      title: `Responsibility matrix version ${v.matrix_version} published`,
      summary: v.summary,
      path: at(urls.matrixVersion(clientId, v.number), 'changes'),
    });
  }
  for (const policy of model.policies) {
    if (!clientMaySee(policyAudience(policy), clientId)) continue;
    const path = urls.policy(policy);
    for (const h of policy.data.history) {
      out.push({
        id: `policy-${policy.id}-${h.version}`,
        date: h.date,
        kind: 'policy',
        title: `${policy.data.title} version ${h.version}`,
        summary: h.summary,
        path,
      });
    }
  }
  for (const sub of client.data.services) {
    const service = model.servicesById.get(sub.service);
    out.push({
      id: `service-${sub.service}-${sub.since}`,
      date: sub.since,
      kind: 'service',
      title: `${service?.data.title ?? sub.service} added`,
      summary: `Subscribed at the ${tierName(service, sub.tier)} tier.`,
      path: urls.clientServices(clientId),
    });
  }
  out.push(...runbooksShared(model, clientId));
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** Runbooks shared with `clientId` on a recorded day; only ones the client may read. */
function runbooksShared(model: Model, clientId: string): ChangeItem[] {
  return model.runbooks.flatMap((runbook) => {
    const date = runbook.data.shared_since[clientId];
    if (!date || !runbook.data.shared_with.includes(clientId)) return [];
    return [
      {
        id: `runbook-${runbook.id}-shared`,
        date,
        kind: 'runbook' as const,
        title: `Runbook shared: ${runbook.data.title}`,
        summary: runbook.data.summary,
        path: urls.runbook(runbook.id),
      },
    ];
  });
}

/** The default start of "What changed since": the first day of last month. */
export function changesSince(today: string): string {
  return `${shiftMonth(today.slice(0, 7), -1)}-01`;
}

/** Changes on or after `since`, and not after `today`. */
export function changesBetween(
  items: readonly ChangeItem[],
  since: string,
  today: string,
): ChangeItem[] {
  return items.filter((i) => i.date >= since && i.date <= today);
}

/** Every change of `client` dated up to `today`, newest first: what its pages and feed show. */
export function changesUpTo(
  model: Model,
  clientId: string,
  matrix: readonly MatrixLedgerEntry[],
  today: string,
): ChangeItem[] {
  return changesBetween(clientChanges(model, clientId, matrix), '0000-01-01', today);
}
