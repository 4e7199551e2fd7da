/** Where the pages of policies, their archived versions and binders live. */
import type { Policy } from '../../schemas/index.ts';
import type { Entry } from '../model/types.ts';

/** `/policies/<id>/`, or `/clients/<client>/policies/<id>/` for a client's own policy. */
export function policyPath(policy: Entry<Policy>): string {
  return policy.data.client
    ? `/clients/${policy.data.client}/policies/${policy.id}/`
    : `/policies/${policy.id}/`;
}

/** The page of one superseded version, under its policy's page. */
export function archivedPolicyPath(policy: Entry<Policy>, version: string): string {
  return `${policyPath(policy)}versions/${version}/`;
}

/** A client's evidence binders, or one framework's binder when `framework` is given. */
export function binderPath(client: string, framework?: string): string {
  return framework ? `/clients/${client}/evidence/${framework}/` : `/clients/${client}/evidence/`;
}

/** The CSV download next to a binder page. */
export function binderCsvPath(client: string, framework: string): string {
  return `/clients/${client}/evidence/${framework}.csv`;
}
