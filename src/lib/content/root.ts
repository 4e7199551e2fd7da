/** The content root: `TANDEM_CONTENT`, or `./content` beside the project. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Absolute path of the content tree the whole pipeline reads. */
export function contentRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.TANDEM_CONTENT?.trim() || 'content');
}

/** SHA-256 of the schema sources: Astro keeps parsed entries across a schema change otherwise. */
function schemaDigest(projectRoot: string): string {
  const dir = join(projectRoot, 'src', 'schemas');
  const hash = createHash('sha256');
  try {
    for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  } catch {
    // No schema sources beside the project (an installed copy): the root alone keys the cache.
  }
  return hash.digest('hex');
}

/**
 * Astro's cache for a content root and schema version. One cache per root keeps a fixture
 * build from seeing the sample's entries (and the reverse); keying by the schemas keeps a
 * field a schema adds or defaults from being missing in entries cached before it.
 * astro.config.mjs and the build both use it.
 */
export function contentCacheDir(projectRoot: string, root: string): string {
  const key = createHash('sha256').update(root).update(schemaDigest(projectRoot)).digest('hex').slice(0, 12);
  return resolve(projectRoot, 'node_modules', '.astro', `content-${key}`);
}
