/** What every page under /clients/<client-id>/ starts from. */
import type { Client } from '../schemas/index.ts';
import type { Entry, Model } from '../lib/model/types.ts';
import { clients, type Audience } from '../lib/audience/audience.ts';
import { hasKit } from '../lib/due-diligence/view.ts';
import { getModel } from './model.ts';

export interface ClientPage {
  model: Model;
  client: Entry<Client>;
  /** What the layout needs for the client's masthead. */
  masthead: { id: string; name: string };
  audience: Audience;
}

/** `getStaticPaths` for pages that exist once per client. */
export async function clientPaths() {
  const model = await getModel();
  return model.clients.map((client) => ({ params: { client: client.id } }));
}

/** `getStaticPaths` for the due-diligence pages: every client once the provider has a kit. */
export async function kitPaths() {
  return hasKit(await getModel()) ? clientPaths() : [];
}

/** The model and client for a page rendered for `id`. */
export async function clientPage(id: string | undefined): Promise<ClientPage> {
  const model = await getModel();
  const client = model.clientsById.get(id ?? '');
  if (!client) throw new Error(`no client "${id}"`);
  return {
    model,
    client,
    masthead: { id: client.id, name: client.data.name },
    audience: clients(client.id),
  };
}
