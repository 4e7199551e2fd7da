/** Everything a client's due-diligence page shows, computed from the model and today. */
import type { Client, DueDiligenceItem, Policy } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';
import { cuecsFor, type CuecLine } from './cuecs.ts';
import { documentsFor, type DocumentAccess, type KitDocumentRef } from './documents.ts';
import { noticeTermsFor, type NoticeCommitment } from './notice-terms.ts';
import { expiryOf, statusOn, type KitStatus } from './status.ts';

/** A published kit item with its computed status. */
export interface ItemStatus {
  item: Entry<DueDiligenceItem>;
  expires: string;
  status: KitStatus;
  daysLeft: number;
}

/** The due-diligence page of one client. */
export interface DueDiligenceView {
  today: string;
  items: ItemStatus[];
  counts: Record<KitStatus, number>;
  cuecs: CuecLine[];
  /** CUECs with a gap in the client's matrix. */
  cuecGaps: number;
  documents: Array<KitDocumentRef & { access: DocumentAccess }>;
  notices: NoticeCommitment[];
  ndaSigned?: string;
}

/** Status of every published (not superseded) item of the kit, in page order. */
export function kitStatuses(model: Model, today: string): ItemStatus[] {
  return model.dueDiligence
    .filter((item) => item.data.status !== 'superseded')
    .map((item) => {
      const expires = expiryOf(item.data);
      return { item, expires, ...statusOn(expires, today) };
    });
}

/** Whether the content has a kit at all (no kit, no page). */
export function hasKit(model: Model): boolean {
  return model.dueDiligence.some((item) => item.data.status !== 'superseded');
}

/** The page of `client` on `today`. */
export function dueDiligenceView(
  model: Model,
  client: Entry<Client>,
  today: string,
): DueDiligenceView {
  const items = kitStatuses(model, today);
  const counts: Record<KitStatus, number> = { current: 0, expiring: 0, expired: 0 };
  for (const item of items) counts[item.status] += 1;
  const cuecs = cuecsFor(model, client);
  const nda = client.data.due_diligence.nda_signed;
  return {
    today,
    items,
    counts,
    cuecs,
    cuecGaps: cuecs.filter((c) => c.gaps.length > 0).length,
    documents: documentsFor(model, client),
    notices: noticeTermsFor(model, client),
    ...(nda ? { ndaSigned: nda } : {}),
  };
}

/** Items of one kind, narrowed, for the page's sections. */
export function itemsOfKind<K extends DueDiligenceItem['kind']>(
  items: readonly ItemStatus[],
  kind: K,
): Array<ItemStatus & { item: Entry<Extract<DueDiligenceItem, { kind: K }>> }> {
  return items.filter((i) => i.item.data.kind === kind) as Array<
    ItemStatus & { item: Entry<Extract<DueDiligenceItem, { kind: K }>> }
  >;
}

/** The provider policy a kit item points to, when every client can open it. */
export function readablePolicy(model: Model, id: string | undefined): Entry<Policy> | undefined {
  const policy = id ? model.policiesById.get(id) : undefined;
  return policy &&
    !policy.data.client &&
    policy.data.visibility === 'clients' &&
    policy.data.status === 'approved'
    ? policy
    : undefined;
}
