/**
 * Where each kind of content lives under the content root, and how a file path becomes an
 * entry id. Astro's content config and the CLI's reader both use this table, so a file is
 * found (or ignored) the same way by both.
 */
import { basename, dirname } from 'node:path/posix';

export type CollectionName =
  | 'provider'
  | 'services'
  | 'domains'
  | 'frameworks'
  | 'clients'
  | 'policies'
  | 'runbooks'
  | 'reports'
  | 'dueDiligence';

export interface CollectionLayout {
  /** Globs relative to the content root. */
  pattern: string[];
  /** Whether entries carry an MDX/Markdown body. */
  hasBody: boolean;
}

export const collectionLayout: Record<CollectionName, CollectionLayout> = {
  provider: { pattern: ['provider.yaml'], hasBody: false },
  services: { pattern: ['services/*.{md,mdx}'], hasBody: true },
  domains: { pattern: ['activities/*.yaml'], hasBody: false },
  frameworks: { pattern: ['frameworks/*.yaml'], hasBody: false },
  clients: { pattern: ['clients/*/client.yaml'], hasBody: false },
  policies: { pattern: ['policies/*.{md,mdx}', 'clients/*/policies/*.{md,mdx}'], hasBody: true },
  runbooks: { pattern: ['runbooks/*.{md,mdx}'], hasBody: true },
  reports: { pattern: ['clients/*/reports/*.{md,mdx}'], hasBody: true },
  dueDiligence: { pattern: ['provider/due-diligence/*.yaml'], hasBody: false },
};

/**
 * Superseded policy versions: a folder per policy beside the live policies. Kept out of
 * `collectionLayout` because they are not live policies; the Astro content config and
 * `src/lib/evidence/archive.ts` read them with this pattern.
 */
export const archiveLayout: CollectionLayout = {
  pattern: ['policies/archive/*/*.{md,mdx}', 'clients/*/policies/archive/*/*.{md,mdx}'],
  hasBody: true,
};

/** The id of an archived version at `path`: `<policy-id>/<version>`. */
export function archiveIdFor(path: string): string {
  return `${basename(dirname(path))}/${stem(path)}`;
}

function stem(path: string): string {
  return basename(path).replace(/\.(mdx?|ya?ml)$/, '');
}

/**
 * The id of the entry stored at `path` (posix, relative to the content root).
 * Clients are named by their folder, reports by `<client>/<YYYY-MM>`, the rest by file name.
 */
export function entryIdFor(collection: CollectionName, path: string): string {
  switch (collection) {
    case 'clients':
      return basename(dirname(path));
    case 'reports':
      return `${basename(dirname(dirname(path)))}/${stem(path)}`;
    default:
      return stem(path);
  }
}

/** The client folder a path sits in (`clients/<id>/…`), if any. */
export function clientFolderOf(path: string): string | undefined {
  const match = /^clients\/([^/]+)\//.exec(path);
  return match?.[1];
}
