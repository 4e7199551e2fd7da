/** The print target for a document's acknowledgement form (title, version, SHA-256, signatures). */
import { dayLabel } from '../../lib/dates.ts';
import type { Model } from '../../lib/model/types.ts';
import { ackFormFileName, urls } from '../../lib/urls.ts';
import type { AckDocument } from '../../lib/records/documents.ts';
import type { PdfTarget } from './print.ts';

/** The form of `doc` of `clientId`, dated the day its current version came into force. */
export function ackFormTarget(model: Model, clientId: string, doc: AckDocument): PdfTarget {
  const client = model.clientsById.get(clientId)!;
  const current = doc.versions.at(-1)!;
  return {
    path: urls.acknowledgement(clientId, doc.key),
    fileName: ackFormFileName(clientId, doc.key),
    header: [client.data.name, `Acknowledgement: ${doc.title}, version ${current.version}`],
    footer: `${model.provider.data.name} · version in force since ${dayLabel(current.since)}`,
    date: current.since,
  };
}
