/** Which evidence binders a client has: the routes that build binder pages ask here. */
import type { Client } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';

/** The frameworks `client` is held to that the content defines, in the client's order. */
export function binderFrameworkIds(model: Model, client: Entry<Client>): string[] {
  return client.data.frameworks.filter((fw) => model.frameworksById.has(fw));
}

/** Every (client, framework) pair that gets a binder page and CSV. */
export function binderRoutes(model: Model): { client: string; framework: string }[] {
  return model.clients.flatMap((client) =>
    binderFrameworkIds(model, client).map((framework) => ({ client: client.id, framework })),
  );
}
