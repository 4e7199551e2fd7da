import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitDates } from '../../../src/lib/evidence/last-updated.ts';

/** Runs git in `cwd` as a fixed person, committing on `day`. */
const git = (cwd: string, day: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.test',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.test',
      GIT_AUTHOR_DATE: `${day}T10:00:00Z`,
      GIT_COMMITTER_DATE: `${day}T10:00:00Z`,
    },
  });

async function write(root: string, file: string, text: string): Promise<void> {
  await mkdir(join(root, file, '..'), { recursive: true });
  await writeFile(join(root, file), text);
}

describe("git's last-updated dates", () => {
  it('gives each file the committer date of the last commit touching it', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'tandem-git-'));
    git(repo, '2026-03-04', 'init', '-q');
    await write(repo, 'content/policies/a.mdx', 'a\n');
    await write(repo, 'content/policies/b.mdx', 'b\n');
    await write(repo, 'README.md', 'outside the content tree\n');
    git(repo, '2026-03-04', 'add', '.');
    git(repo, '2026-03-04', 'commit', '-q', '-m', 'add policies');
    await write(repo, 'content/policies/b.mdx', 'b, revised\n');
    await write(repo, 'content/clients/x/policies/c d.mdx', 'c\n');
    git(repo, '2026-05-20', 'add', '.');
    git(repo, '2026-05-20', 'commit', '-q', '-m', 'revise b, add c');
    await write(repo, 'content/policies/draft.mdx', 'never committed\n');

    const dates = lastCommitDates(join(repo, 'content'));
    expect(Object.fromEntries(dates)).toEqual({
      'policies/a.mdx': '2026-03-04',
      'policies/b.mdx': '2026-05-20',
      'clients/x/policies/c d.mdx': '2026-05-20',
    });
  });

  it('gives no date in a shallow clone for a file last changed at or beyond its depth', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'tandem-git-'));
    git(repo, '2026-01-10', 'init', '-q');
    await write(repo, 'content/policies/old.mdx', 'old\n');
    git(repo, '2026-01-10', 'add', '.');
    git(repo, '2026-01-10', 'commit', '-q', '-m', 'old');
    await write(repo, 'content/policies/edge.mdx', 'edge\n');
    git(repo, '2026-02-10', 'add', '.');
    git(repo, '2026-02-10', 'commit', '-q', '-m', 'edge');
    await write(repo, 'content/policies/new.mdx', 'new\n');
    git(repo, '2026-03-10', 'add', '.');
    git(repo, '2026-03-10', 'commit', '-q', '-m', 'new');
    const full = Object.fromEntries(lastCommitDates(join(repo, 'content')));

    // Depth 2 keeps the last two commits; git shows the older as adding every file.
    const clone = await mkdtemp(join(tmpdir(), 'tandem-shallow-'));
    git(clone, '2026-03-11', 'clone', '-q', '--depth', '2', `file://${repo}`, 'c');
    const shallow = Object.fromEntries(lastCommitDates(join(clone, 'c', 'content')));

    expect(full).toEqual({
      'policies/old.mdx': '2026-01-10',
      'policies/edge.mdx': '2026-02-10',
      'policies/new.mdx': '2026-03-10',
    });
    expect(shallow).toEqual({ 'policies/new.mdx': '2026-03-10' });
  });

  it('is empty, without failing, outside a git checkout or for a missing folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tandem-nogit-'));
    await writeFile(join(root, 'policy.mdx'), 'text\n');
    expect(lastCommitDates(root).size).toBe(0);
    expect(lastCommitDates(join(root, 'missing')).size).toBe(0);
  });
});
