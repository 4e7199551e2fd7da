/**
 * What must never appear in a client's folder: everything that identifies another
 * client, every staff-only document, every draft. The verify phase scans each client
 * folder (pages, assets, decompressed search index, file names) for these strings.
 */
import type { Model } from '../model/types.ts';
import { clientMaySee, policyAudience, reportAudience, runbookAudience } from './audience.ts';

export interface Canary {
  text: string;
  /** Why it is forbidden, for the error message. */
  what: string;
}

function identifying(model: Model, clientId: string): Canary[] {
  const client = model.clientsById.get(clientId);
  if (!client) return [];
  const { data } = client;
  const canaries: Canary[] = [
    { text: data.name, what: `the name of client ${clientId}` },
    { text: `/clients/${clientId}/`, what: `a path of client ${clientId}` },
    { text: data.contract.reference, what: `the contract reference of client ${clientId}` },
  ];
  for (const contact of data.contacts) {
    canaries.push({ text: contact.email, what: `a contact email of client ${clientId}` });
    canaries.push({ text: contact.name, what: `a contact of client ${clientId}` });
  }
  return canaries;
}

/** Every string that must not appear anywhere in `viewer`'s folder. */
export function forbiddenFor(model: Model, viewer: string): Canary[] {
  const canaries: Canary[] = [];
  const ownText = new Set<string>();
  const own = model.clientsById.get(viewer);
  if (own) {
    ownText.add(own.data.name);
    for (const c of own.data.contacts) ownText.add(c.name).add(c.email);
  }
  for (const other of model.clients) {
    if (other.id !== viewer) canaries.push(...identifying(model, other.id));
  }
  // Staff-only documents are recognised by their address, which every copy of the page
  // and every search fragment carries; their titles are ordinary phrases that shared
  // prose may legitimately use ("our quarterly restore test").
  for (const runbook of model.runbooks) {
    if (!clientMaySee(runbookAudience(runbook), viewer)) {
      canaries.push({ text: `/runbooks/${runbook.id}/`, what: `runbook "${runbook.id}", not shared with ${viewer}` });
    }
  }
  for (const policy of model.policies) {
    if (!clientMaySee(policyAudience(policy), viewer)) {
      const path = policy.data.client ? `/clients/${policy.data.client}/policies/${policy.id}/` : `/policies/${policy.id}/`;
      canaries.push({ text: path, what: `policy "${policy.id}", not visible to ${viewer}` });
    }
  }
  for (const report of model.reports) {
    if (!clientMaySee(reportAudience(report), viewer)) {
      canaries.push({ text: `/clients/${report.data.client}/reports/${report.data.period}/`, what: `report ${report.id} (${report.data.status})` });
      canaries.push({ text: report.data.headline, what: `the headline of report ${report.id} (${report.data.status})` });
    }
  }
  // A shared contact (e.g. the same vendor engineer at two clients) is not a leak.
  return canaries.filter((c) => c.text.length >= 4 && !ownText.has(c.text));
}
