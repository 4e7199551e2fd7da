/**
 * Which policies and runbooks belong in a client's binder, and whether the client may
 * read them. Only what the client may read counts towards a control's status; staff-only
 * items are listed for staff alone.
 */
import type { Client, Policy, Runbook } from '../../schemas/index.ts';
import { clientMaySee, policyAudience, runbookAudience } from '../audience/audience.ts';
import type { Entry } from '../model/types.ts';

/** A policy in force for `client`: its own, or the provider's; never a retired one. */
export function policyApplies(policy: Entry<Policy>, client: Entry<Client>): boolean {
  if (policy.data.status === 'retired') return false;
  return policy.data.client === undefined || policy.data.client === client.id;
}

/** Whether `client` may read `policy` (not a draft, not staff-only, not another client's). */
export function clientReadsPolicy(policy: Entry<Policy>, client: Entry<Client>): boolean {
  return clientMaySee(policyAudience(policy), client.id);
}

/**
 * A runbook used for `client`: shared with it, or a provider procedure for a service it
 * subscribes to (or for no service in particular).
 */
export function runbookApplies(runbook: Entry<Runbook>, client: Entry<Client>): boolean {
  if (clientReadsRunbook(runbook, client)) return true;
  if (runbook.data.shared_with.length > 0) return false;
  const services = runbook.data.services;
  return services.length === 0 || services.some((s) => subscribes(client, s));
}

/** Whether `client` may read `runbook`. */
export function clientReadsRunbook(runbook: Entry<Runbook>, client: Entry<Client>): boolean {
  return clientMaySee(runbookAudience(runbook), client.id);
}

/** Whether `client` subscribes to `service`. */
export function subscribes(client: Entry<Client>, service: string): boolean {
  return client.data.services.some((s) => s.service === service);
}
