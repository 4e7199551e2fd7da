/**
 * The day each content file was last committed, from git, read once per build before
 * anything renders (one `git log` for the whole content tree, when the model loads). Builds
 * outside a checkout, and files not yet committed, simply have no date: nothing here may
 * fail a build. The date is the committer date of the last commit touching the file, so
 * the same commit always gives the same output.
 *
 * A shallow clone (CI often clones with depth 1) cuts history at its oldest commits, which
 * git then shows as adding every file. A file whose last change git finds only in such a
 * cut-off commit has no date, rather than the date of the clone; files changed since keep
 * theirs. A full clone gives every file its date.
 */
import { execFileSync, type ExecFileSyncOptionsWithStringEncoding } from 'node:child_process';
import { readFileSync } from 'node:fs';

const COMMIT_LINE = '\u0000';

const GIT: ExecFileSyncOptionsWithStringEncoding = {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
  timeout: 60_000,
  maxBuffer: 256 * 1024 * 1024,
};

/** The commits a shallow clone cut history at (their parents are missing); empty otherwise. */
function shallowBoundary(root: string): Set<string> {
  try {
    const file = execFileSync(
      'git',
      ['rev-parse', '--path-format=absolute', '--git-path', 'shallow'],
      {
        ...GIT,
        cwd: root,
      },
    ).trim();
    return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
  } catch {
    // No shallow file: a full clone (or no checkout at all, which the log below reports).
    return new Set();
  }
}

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
        '--format=%x00%H %cs',
        '--name-only',
        '--',
        '.',
      ],
      { ...GIT, cwd: root },
    );
  } catch {
    // Not a git checkout, git missing, or the folder is gone: no dates to show.
    return dates;
  }
  const boundary = shallowBoundary(root);
  const seen = new Set<string>();
  let date: string | undefined;
  for (const line of out.split('\n')) {
    if (line.startsWith(COMMIT_LINE)) {
      const [hash = '', value = ''] = line.slice(COMMIT_LINE.length).split(' ');
      date = /^\d{4}-\d{2}-\d{2}$/.test(value) && !boundary.has(hash) ? value : undefined;
    } else if (line && !seen.has(line)) {
      // Newest commit first: the first commit seen for a file is its last change.
      seen.add(line);
      if (date) dates.set(line, date);
    }
  }
  return dates;
}
