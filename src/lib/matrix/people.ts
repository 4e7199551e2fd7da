/** Who is named for a party on a row of a client's matrix. */
import type { Client } from '../../schemas/index.ts';
import type { Model, Person } from '../model/types.ts';
import type { Coverage } from './types.ts';

/** Looks a person up among the client's contacts first, then the provider's staff. */
export function findPerson(
  model: Model,
  client: Client,
  id: string | undefined,
): Person | undefined {
  if (!id) return undefined;
  const contact = client.contacts.find((c) => c.id === id);
  if (contact) return { source: 'client', ...contact };
  const member = model.staff.get(id);
  return member ? { source: 'provider', ...member } : undefined;
}

/** The primary and backup for `party` in `domain`: the domain's lane owner, else the default. */
export function coverageFor(model: Model, client: Client, domain: string, party: string): Coverage {
  const primaryId =
    client.assignments.domains[domain]?.[party] ?? client.assignments.default[party];
  const primary = findPerson(model, client, primaryId);
  const backup = primary ? findPerson(model, client, primary.backup) : undefined;
  const coverage: Coverage = { party };
  if (primary) coverage.primary = primary;
  if (backup && backup.id !== primary?.id) coverage.backup = backup;
  return coverage;
}
