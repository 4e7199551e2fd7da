/**
 * What must never appear in a client's folder: everything that identifies another
 * client, every staff-only document, every draft. The verify phase scans each client
 * folder (pages, assets, decompressed search index, file names) for these after
 * normalising both (normalise.ts); the content check looks for the same client
 * identities in the sources (src/lib/checks/leaks.ts).
 */
import { urls } from '../urls.ts';
import type { Model } from '../model/types.ts';
import { policyAudience, reportAudience, runbookAudience, type Audience } from './audience.ts';
import { NameMatcher } from './match.ts';
import { normalise } from './normalise.ts';

export interface Canary {
  text: string;
  /** Why it is forbidden, for the error message. */
  what: string;
  /** Client folders where it may appear (staff may always see everything). */
  allowed: ReadonlySet<string>;
  /** An id, address or domain: matched as whole words only (see match.ts). */
  whole?: boolean;
}

const NOWHERE: ReadonlySet<string> = new Set();

function allowedFor(audience: Audience, all: readonly string[]): ReadonlySet<string> {
  if (audience.kind === 'all') return new Set(all);
  return audience.kind === 'clients' ? new Set(audience.ids) : NOWHERE;
}

/**
 * The forms a phone number is written in: its last ten digits (a North American number
 * without the country code), which normalisation reduces every grouping to.
 */
export function phoneForms(phone: string): string[] {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return [];
  const national = digits.length > 10 ? digits.slice(-10) : digits;
  return [national];
}

/** The domain of an email address. */
function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Everything that identifies each client: name, aliases, id, its own domains (listed, and
 * those of its own people's email addresses), contacts' names, emails and phone numbers,
 * and the contract reference. A string several clients share (the same vendor engineer)
 * belongs to each of them; strings are merged by their normalised form.
 */
export function clientIdentities(model: Model): Canary[] {
  const byKey = new Map<
    string,
    { text: string; what: string; allowed: Set<string>; whole: boolean }
  >();
  const add = (text: string, what: string, client: string, whole = false) => {
    const key = normalise(text).compact;
    if (!key) return;
    const known = byKey.get(key);
    if (known) known.allowed.add(client);
    else byKey.set(key, { text: text.trim(), what, allowed: new Set([client]), whole });
  };
  for (const client of model.clients) {
    const { data, id } = client;
    add(data.name, `the name of client ${id}`, id);
    add(id, `the id of client ${id}`, id, true);
    for (const alias of data.aliases) add(alias, `a name of client ${id}`, id);
    for (const domain of data.domains) add(domain, `a domain of client ${id}`, id, true);
    add(data.contract.reference, `the contract reference of client ${id}`, id);
    for (const contact of data.contacts) {
      add(contact.name, `a contact of client ${id}`, id);
      add(contact.email, `a contact email of client ${id}`, id);
      for (const phone of phoneForms(contact.phone))
        add(phone, `a contact phone number of client ${id}`, id);
      // The client's own people write from the client's domain; a vendor's do not.
      if (!contact.organization) add(domainOf(contact.email), `a domain of client ${id}`, id, true);
    }
  }
  return [...byKey.values()];
}

/** Every identifying or restricted string in the model, with the folders it may appear in. */
export function canaries(model: Model): Canary[] {
  const list: Canary[] = [...clientIdentities(model)];
  const clientIds = model.clients.map((c) => c.id);
  for (const client of model.clients) {
    list.push({
      text: urls.client(client.id),
      what: `a path of client ${client.id}`,
      allowed: new Set([client.id]),
      whole: true,
    });
  }
  // Staff-only documents are recognised by their address, which every copy of the page
  // and every search fragment carries; their titles are ordinary phrases that shared
  // prose may legitimately use ("our quarterly restore test").
  for (const runbook of model.runbooks) {
    list.push({
      text: urls.runbook(runbook.id),
      what: `runbook "${runbook.id}"`,
      allowed: allowedFor(runbookAudience(runbook), clientIds),
      whole: true,
    });
  }
  for (const policy of model.policies) {
    list.push({
      text: urls.policy(policy),
      what: `policy "${policy.id}"`,
      allowed: allowedFor(policyAudience(policy), clientIds),
      whole: true,
    });
  }
  for (const report of model.reports) {
    if (report.data.status === 'published') continue;
    const allowed = allowedFor(reportAudience(report), clientIds);
    list.push(
      {
        text: urls.report(report.data.client, report.data.period),
        what: `draft report ${report.id}`,
        allowed,
        whole: true,
      },
      { text: report.data.headline, what: `the headline of draft report ${report.id}`, allowed },
    );
  }
  return list;
}

/** Whether `canary` may appear in `folder`; the staff folder may hold everything. */
export function mayAppearIn(canary: Canary, folder: string): boolean {
  return folder === 'staff' || canary.allowed.has(folder);
}

/** One matcher for `list`, each canary matched as its kind requires (see match.ts). */
export function canaryMatcher(list: readonly Canary[]): NameMatcher<Canary> {
  return new NameMatcher(list.map((c) => ({ text: c.text, value: c, whole: c.whole ?? false })));
}
