/**
 * The day each content file was last committed, from git, read once per build before
 * anything renders (one `git log` for the whole content tree). Builds outside a
 * checkout, and files not yet committed, simply have no date: nothing here may fail a
 * build. The date is the committer date of the last commit touching the file, so the
 * same commit always gives the same output.
 */
import { execFileSync } from 'node:child_process';

const DATE_LINE = '\u0000';

/**
 * `YYYY-MM-DD` of the last commit touching each file under `root`, keyed by the path
 * relative to `root` (`policies/x.mdx`). Empty when `root` is not in a git checkout.
 */
export function lastCommitDates(root: string): Map<string, string> {
  const dates = new Map<string, string>();
  let out: string;
  try {
    out = execFileSync(
      'git',
      [
        '-c',
        'core.quotePath=false',
        'log',
        '--relative',
        '--format=%x00%cs',
        '--name-only',
        '--',
        '.',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 60_000,
        maxBuffer: 256 * 1024 * 1024,
      },
    );
  } catch {
    // Not a git checkout, git missing, or the folder is gone: no dates to show.
    return dates;
  }
  let date: string | undefined;
  for (const line of out.split('\n')) {
    if (line.startsWith(DATE_LINE)) {
      const value = line.slice(DATE_LINE.length);
      date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
    } else if (line && date && !dates.has(line)) {
      // Newest commit first: the first date seen for a file is its last change.
      dates.set(line, date);
    }
  }
  return dates;
}
