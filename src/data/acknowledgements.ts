/** A client's acknowledgements and where each document stands, read once per build. */
import { contentRoot } from '../lib/content/root.ts';
import type { Model } from '../lib/model/types.ts';
import type { Acknowledgement } from '../lib/records/ack-schema.ts';
import { readAcknowledgements } from '../lib/records/ack-read.ts';
import { ackState, type AckState } from '../lib/records/ack-status.ts';
import { ackDocuments, type AckDocument } from '../lib/records/documents.ts';

/** Documents of a client with their acknowledgement state. */
export interface ClientAcks {
  docs: Array<AckDocument & { status: AckState }>;
  acks: Acknowledgement[];
  /** Contact id → name. */
  names: Record<string, string>;
}

const cache = new Map<string, Promise<ClientAcks>>();

async function load(model: Model, client: string): Promise<ClientAcks> {
  const root = contentRoot();
  const [docs, { acks }] = await Promise.all([
    ackDocuments(root, model, client),
    readAcknowledgements(root, client),
  ]);
  const contacts = model.clientsById.get(client)?.data.contacts ?? [];
  return {
    docs: docs.map((d) => ({ ...d, status: ackState(d, acks) })),
    acks,
    names: Object.fromEntries(contacts.map((c) => [c.id, c.name])),
  };
}

/** The acknowledgement state of every document of `client`. */
export function clientAcks(model: Model, client: string): Promise<ClientAcks> {
  let hit = cache.get(client);
  if (!hit) {
    hit = load(model, client);
    cache.set(client, hit);
  }
  return hit;
}

/** Documents that ask for acknowledgement: the matrix, the client's policies, the latest report. */
export function awaitingAcknowledgement(acks: ClientAcks): ClientAcks['docs'] {
  const reports = acks.docs.filter((d) => d.key.startsWith('report:'));
  const latest = reports.at(-1);
  return acks.docs.filter(
    (d) =>
      (!d.key.startsWith('report:') || d === latest) &&
      (d.status.state === 'waiting' || d.status.state === 'changed'),
  );
}
