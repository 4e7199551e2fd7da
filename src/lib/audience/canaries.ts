/**
 * What must never appear in a client's folder: everything that identifies another
 * client, every staff-only document, every draft. The verify phase scans each client
 * folder (pages, assets, decompressed search index, file names) for these strings.
 */
import { policyPath } from '../evidence/paths.ts';
import { escapeHtml } from './html.ts';
import type { Model } from '../model/types.ts';
import { policyAudience, reportAudience, runbookAudience, type Audience } from './audience.ts';

export interface Canary {
  text: string;
  /** Why it is forbidden, for the error message. */
  what: string;
  /** Client folders where it may appear (staff may always see everything). */
  allowed: ReadonlySet<string>;
}

const NOWHERE: ReadonlySet<string> = new Set();

function allowedFor(audience: Audience, all: readonly string[]): ReadonlySet<string> {
  if (audience.kind === 'all') return new Set(all);
  return audience.kind === 'clients' ? new Set(audience.ids) : NOWHERE;
}

/**
 * The ways a string can be written in built files: as is, HTML-escaped (Astro writes
 * `&amp;` and `&#39;`), with typographic apostrophes (Markdown's smart quotes), and
 * JSON-escaped (search fragments). "Smith & Jones Bank" must be found in all of them.
 */
export function spellings(text: string): string[] {
  const forms = new Set([text, text.replaceAll("'", '’')]);
  for (const form of [...forms]) {
    forms.add(escapeHtml(form));
    forms.add(escapeHtml(form).replaceAll("'", '&#39;'));
    forms.add(escapeHtml(form).replaceAll("'", '&#x27;'));
    forms.add(JSON.stringify(form).slice(1, -1));
  }
  return [...forms];
}

/** Every identifying or restricted string in the model, with the folders it may appear in. */
export function canaries(model: Model): Canary[] {
  const list: Canary[] = [];
  const clientIds = model.clients.map((c) => c.id);
  // A contact several clients share (the same vendor engineer) may appear in each of them.
  const contactOwners = new Map<string, Set<string>>();
  for (const client of model.clients) {
    for (const c of client.data.contacts) {
      for (const text of [c.name, c.email]) {
        const owners = contactOwners.get(text) ?? new Set<string>();
        owners.add(client.id);
        contactOwners.set(text, owners);
      }
    }
  }
  for (const client of model.clients) {
    const own = new Set([client.id]);
    const { data } = client;
    list.push(
      { text: data.name, what: `the name of client ${client.id}`, allowed: own },
      { text: `/clients/${client.id}/`, what: `a path of client ${client.id}`, allowed: own },
      {
        text: data.contract.reference,
        what: `the contract reference of client ${client.id}`,
        allowed: own,
      },
    );
    for (const contact of data.contacts) {
      list.push(
        {
          text: contact.name,
          what: `a contact of client ${client.id}`,
          allowed: contactOwners.get(contact.name)!,
        },
        {
          text: contact.email,
          what: `a contact email of client ${client.id}`,
          allowed: contactOwners.get(contact.email)!,
        },
      );
    }
  }
  // Staff-only documents are recognised by their address, which every copy of the page
  // and every search fragment carries; their titles are ordinary phrases that shared
  // prose may legitimately use ("our quarterly restore test").
  for (const runbook of model.runbooks) {
    list.push({
      text: `/runbooks/${runbook.id}/`,
      what: `runbook "${runbook.id}"`,
      allowed: allowedFor(runbookAudience(runbook), clientIds),
    });
  }
  for (const policy of model.policies) {
    const path = policyPath(policy);
    list.push({
      text: path,
      what: `policy "${policy.id}"`,
      allowed: allowedFor(policyAudience(policy), clientIds),
    });
  }
  for (const report of model.reports) {
    if (report.data.status === 'published') continue;
    const allowed = allowedFor(reportAudience(report), clientIds);
    list.push(
      {
        text: `/clients/${report.data.client}/reports/${report.data.period}/`,
        what: `draft report ${report.id}`,
        allowed,
      },
      { text: report.data.headline, what: `the headline of draft report ${report.id}`, allowed },
    );
  }
  return list.filter((c) => c.text.length >= 4);
}
