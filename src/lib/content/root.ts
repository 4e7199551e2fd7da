/** The content root: `TANDEM_CONTENT`, or `./content` beside the project. */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** Absolute path of the content tree the whole pipeline reads. */
export function contentRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.TANDEM_CONTENT?.trim() || 'content');
}

/**
 * Astro's cache for a content root. One cache per root keeps a fixture build from seeing
 * the sample's entries (and the reverse). astro.config.mjs and the build both use it.
 */
export function contentCacheDir(projectRoot: string, root: string): string {
  const key = createHash('sha256').update(root).digest('hex').slice(0, 12);
  return resolve(projectRoot, 'node_modules', '.astro', `content-${key}`);
}
