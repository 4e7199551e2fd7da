/**
 * Who may see a page. Every rendered page declares its audience; assembly copies it into
 * the staff folder and into the folder of every client in that audience — nowhere else.
 */
import type { Policy, Report, Runbook } from '../../schemas/index.ts';
import type { Entry } from '../model/types.ts';

export type Audience =
  { kind: 'staff' } | { kind: 'all' } | { kind: 'clients'; ids: readonly string[] };

export const STAFF: Audience = { kind: 'staff' };
export const ALL: Audience = { kind: 'all' };

/** An audience of the named clients (and staff, who see everything). */
export function clients(...ids: string[]): Audience {
  return ids.length ? { kind: 'clients', ids: [...new Set(ids)].sort() } : STAFF;
}

/** Whether `client` (a client id) may see something meant for `audience`. */
export function clientMaySee(audience: Audience, client: string): boolean {
  return audience.kind === 'all' || (audience.kind === 'clients' && audience.ids.includes(client));
}

/** The text written into a page's `tandem-audience` meta tag. */
export function serializeAudience(audience: Audience): string {
  return audience.kind === 'clients' ? `clients ${audience.ids.join(' ')}` : audience.kind;
}

/** Reads a `tandem-audience` meta value back; anything unreadable means staff only. */
export function parseAudience(value: string | undefined): Audience {
  const [kind, ...ids] = (value ?? '').trim().split(/\s+/);
  if (kind === 'all') return ALL;
  if (kind === 'clients' && ids.length && ids.every((id) => /^[a-z0-9-]+$/.test(id)))
    return clients(...ids);
  return STAFF;
}

/**
 * A provider-wide policy reaches every client when it is client-visible and not a draft;
 * a client's own policy reaches that client unless it is a draft.
 */
export function policyAudience(policy: Entry<Policy>): Audience {
  const { data } = policy;
  if (data.status === 'draft') return STAFF;
  if (data.client) return clients(data.client);
  return data.visibility === 'clients' ? ALL : STAFF;
}

/** Runbooks are staff procedures unless explicitly shared with named clients. */
export function runbookAudience(runbook: Entry<Runbook>): Audience {
  return clients(...runbook.data.shared_with);
}

/** A report reaches its client once published; drafts stay with staff. */
export function reportAudience(report: Entry<Report>): Audience {
  return report.data.status === 'published' ? clients(report.data.client) : STAFF;
}

/** Whether everyone who can see a page for `page` can also see something for `target` (so a link is safe). */
export function covers(target: Audience, page: Audience): boolean {
  if (page.kind === 'staff' || target.kind === 'all') return true;
  if (target.kind === 'staff') return false;
  if (page.kind === 'all') return false;
  return page.ids.every((id) => target.ids.includes(id));
}
