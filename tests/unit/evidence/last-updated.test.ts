import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitDate } from '../../../src/lib/evidence/last-updated.ts';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.test',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.test',
      GIT_AUTHOR_DATE: '2026-03-04T10:00:00Z',
      GIT_COMMITTER_DATE: '2026-03-04T10:00:00Z',
    },
  });

describe("git's last-updated date", () => {
  it('is the committer date of the last commit touching the file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tandem-git-'));
    git(root, 'init', '-q');
    await writeFile(join(root, 'policy.mdx'), 'text\n');
    git(root, 'add', 'policy.mdx');
    git(root, 'commit', '-q', '-m', 'add policy');
    expect(lastCommitDate(root, 'policy.mdx')).toBe('2026-03-04');
  });

  it('is absent for a file never committed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tandem-git-'));
    git(root, 'init', '-q');
    await writeFile(join(root, 'draft.mdx'), 'text\n');
    expect(lastCommitDate(root, 'draft.mdx')).toBeUndefined();
  });

  it('is absent, without failing, outside a git checkout', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tandem-nogit-'));
    await writeFile(join(root, 'policy.mdx'), 'text\n');
    expect(lastCommitDate(root, 'policy.mdx')).toBeUndefined();
    expect(lastCommitDate(join(root, 'missing'), 'policy.mdx')).toBeUndefined();
  });
});
