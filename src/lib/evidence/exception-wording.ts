/** How an accepted risk names the client contact who accepted it. */
import type { ClientContact } from '../../schemas/index.ts';

/** "Name, Title" of the contact with id `contactId`, or the id itself when no contact has it. */
export function approverName(contacts: readonly ClientContact[], contactId: string): string {
  const person = contacts.find((c) => c.id === contactId);
  return person ? `${person.name}, ${person.title}` : contactId;
}
