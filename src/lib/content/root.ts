/** The content root: `TANDEM_CONTENT`, or `./content` beside the project. */
import { resolve } from 'node:path';

/** Absolute path of the content tree the whole pipeline reads. */
export function contentRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.TANDEM_CONTENT?.trim() || 'content');
}
