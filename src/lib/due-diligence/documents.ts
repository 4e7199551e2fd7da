/**
 * Which kit documents a client receives. A document goes only to the clients its
 * `shared_with` names (or all); a SOC report, or any document marked `nda_required`,
 * only to clients whose `client.yaml` records an NDA date. The check, the page, the
 * build's copying and verify all ask this module.
 */
import type { Client, DueDiligenceItem, KitDocument } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';

/** Where document files live, relative to the content root. */
export const KIT_FILES_DIR = 'provider/due-diligence/files';

/** The URL path every audience folder serves a document at. */
export const KIT_FILES_URL = '/due-diligence/files/';

/** Why a client does or does not get a document. */
export type DocumentAccess = 'shared' | 'needs-nda' | 'not-shared';

/** A document with the item it belongs to. */
export interface KitDocumentRef {
  item: Entry<DueDiligenceItem>;
  document: KitDocument;
  index: number;
}

/** Whether a document is only for clients with an NDA on file. */
export function isRestricted(item: DueDiligenceItem, document: KitDocument): boolean {
  return item.kind === 'soc-report' || document.nda_required;
}

/** Whether `shared_with` names the client (or everyone). */
export function namesClient(document: KitDocument, clientId: string): boolean {
  return document.shared_with === 'all' || document.shared_with.includes(clientId);
}

/** The client's access to one document of a current item. */
export function accessOf(
  item: DueDiligenceItem,
  document: KitDocument,
  client: Entry<Client>,
): DocumentAccess {
  if (item.status === 'superseded' || !namesClient(document, client.id)) return 'not-shared';
  if (isRestricted(item, document) && !client.data.due_diligence.nda_signed) return 'needs-nda';
  return 'shared';
}

/** Every document of the kit, in page order. */
export function allDocuments(model: Model): KitDocumentRef[] {
  return model.dueDiligence.flatMap((item) =>
    item.data.documents.map((document, index) => ({ item, document, index })),
  );
}

/** Documents of published (not superseded) items named for the client, with its access to each. */
export function documentsFor(
  model: Model,
  client: Entry<Client>,
): Array<KitDocumentRef & { access: DocumentAccess }> {
  return allDocuments(model)
    .map((ref) => ({ ...ref, access: accessOf(ref.item.data, ref.document, client) }))
    .filter((ref) => ref.item.data.status !== 'superseded' && namesClient(ref.document, client.id));
}

/** Whether the client may receive the file named `file` (some document shares it with them). */
export function mayReceive(model: Model, clientId: string, file: string): boolean {
  const client = model.clientsById.get(clientId);
  if (!client) return false;
  return allDocuments(model).some(
    (ref) =>
      ref.document.file === file && accessOf(ref.item.data, ref.document, client) === 'shared',
  );
}

/** The link a page uses for a document. */
export function documentUrl(document: KitDocument): string {
  return `${KIT_FILES_URL}${document.file}`;
}
