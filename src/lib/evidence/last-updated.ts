/**
 * The day a content file was last committed, from git. Builds outside a checkout, or of
 * files not yet committed, simply have no date: nothing here may fail a build. The date
 * is the committer date of the last commit touching the file, so the same commit always
 * gives the same output.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';

const cache = new Map<string, string | undefined>();

/** `YYYY-MM-DD` of the last commit touching `file` (relative to `root`), if any. */
export function lastCommitDate(root: string, file: string): string | undefined {
  const path = join(root, file);
  if (cache.has(path)) return cache.get(path);
  let date: string | undefined;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', path], {
      cwd: dirname(path),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }).trim();
    date = /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
  } catch {
    // Not a git checkout, git missing, or the file's folder is gone: no date to show.
    date = undefined;
  }
  cache.set(path, date);
  return date;
}
