/** Names for the ids evidence records use: client contacts and provider staff. */
import type { Approval, Client } from '../../schemas/index.ts';
import { dayLabel } from '../dates.ts';
import type { Entry, Model } from '../model/types.ts';

/** "Name, Title" for a client contact or staff id; the id itself when unknown. */
export function personName(model: Model, client: Entry<Client>, id: string): string {
  const contact = client.data.contacts.find((c) => c.id === id);
  if (contact) return `${contact.name}, ${contact.title}`;
  const staff = model.staff.get(id);
  if (staff) return `${staff.name}, ${model.provider.data.name}`;
  return id;
}

/** "Name, Title, March 4, 2026": who signed something off and on which day (title if given). */
export function approvalLine(approval: Approval): string {
  return [approval.name, approval.title, dayLabel(approval.date)].filter(Boolean).join(', ');
}
