/** What one client's pages list: the policies and runbooks it may read, and services it lacks. */
import type { Client, Policy, Runbook, Service } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';
import { clientMaySee, policyAudience, runbookAudience } from './audience.ts';

/** The policies `client` may read: its own, and the provider's shared with it. */
export function clientPolicies(
  model: Model,
  client: string,
): { own: Entry<Policy>[]; provider: Entry<Policy>[] } {
  const visible = model.policies.filter((p) => clientMaySee(policyAudience(p), client));
  return {
    own: visible.filter((p) => p.data.client === client),
    provider: visible.filter((p) => !p.data.client),
  };
}

/** The runbooks shared with `client`, in catalog order. */
export function sharedRunbooks(model: Model, client: string): Entry<Runbook>[] {
  return model.runbooks.filter((r) => clientMaySee(runbookAudience(r), client));
}

/** The catalog services `client` does not subscribe to, in catalog order. */
export function unsubscribedServices(model: Model, client: Entry<Client>): Entry<Service>[] {
  const subscribed = new Set(client.data.services.map((s) => s.service));
  return model.services.filter((s) => !subscribed.has(s.id));
}
