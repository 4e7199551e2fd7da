/**
 * What staff should act on in the due-diligence kit: items expiring within 60 days (or
 * already expired), and clients who cannot receive a restricted SOC report because no
 * NDA is on file.
 */
import type { Model } from '../model/types.ts';
import { isRestricted, namesClient } from './documents.ts';
import { kitStatuses, type ItemStatus } from './view.ts';

/** A client held back from a restricted document for want of an NDA. */
export interface NdaMissing {
  client: string;
  name: string;
  /** Labels of the documents it cannot receive. */
  documents: string[];
}

export interface DueDiligenceAttention {
  /** Expired first, then soonest to expire. */
  expiring: ItemStatus[];
  ndaMissing: NdaMissing[];
}

/** The kit items and clients that need staff attention on `today`. */
export function dueDiligenceAttention(model: Model, today: string): DueDiligenceAttention {
  const expiring = kitStatuses(model, today)
    .filter((s) => s.status !== 'current')
    .sort((a, b) => a.daysLeft - b.daysLeft);
  const ndaMissing = model.clients.flatMap((client): NdaMissing[] => {
    if (client.data.due_diligence.nda_signed) return [];
    const held = model.dueDiligence.flatMap((item) =>
      item.data.status !== 'superseded'
        ? item.data.documents.filter(
            (doc) => isRestricted(item.data, doc) && namesClient(doc, client.id),
          )
        : [],
    );
    return held.length
      ? [{ client: client.id, name: client.data.name, documents: held.map((d) => d.label) }]
      : [];
  });
  return { expiring, ndaMissing };
}
