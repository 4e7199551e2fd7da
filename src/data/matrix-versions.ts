/** A client's published matrix versions, and what the live matrix changed since the last. */
import { contentRoot } from '../lib/content/root.ts';
import type { Model } from '../lib/model/types.ts';
import type { RowChange } from '../lib/records/matrix-diff.ts';
import { unpublishedChanges } from '../lib/records/matrix-publish.ts';
import { readMatrixVersions, type MatrixVersion } from '../lib/records/matrix-read.ts';
import { getModel } from './model.ts';

const cache = new Map<string, Promise<MatrixVersion[]>>();

/** The verified published versions of `client`, oldest first (read once per build). */
export function matrixVersions(client: string): Promise<MatrixVersion[]> {
  let hit = cache.get(client);
  if (!hit) {
    hit = readMatrixVersions(contentRoot(), client);
    cache.set(client, hit);
  }
  return hit;
}

/** Rows of the live matrix that differ from the last published version. */
export async function unpublishedMatrixChanges(model: Model, client: string): Promise<RowChange[]> {
  const versions = await matrixVersions(client);
  return unpublishedChanges(model, client, versions.at(-1)?.snapshot);
}

/** `getStaticPaths` for one page per published version of every client's matrix. */
export async function matrixVersionPaths() {
  const model = await getModel();
  const paths = [];
  for (const client of model.clients) {
    for (const v of await matrixVersions(client.id)) {
      paths.push({ params: { client: client.id, version: String(v.entry.number) } });
    }
  }
  return paths;
}
