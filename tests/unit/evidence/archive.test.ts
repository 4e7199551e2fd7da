import { mkdir, writeFile, cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkArchive,
  compareVersions,
  versionsOf,
  type ArchivedVersion,
} from '../../../src/lib/evidence/archive.ts';
import { checkArchiveSources, validateArchive } from '../../../src/lib/evidence/archive-read.ts';
import { readContent } from '../../../src/lib/content/read.ts';
import { EVIDENCE_FIXTURE, evidenceModel } from './helpers.ts';

function version(file: string, data: Partial<ArchivedVersion['data']> = {}): ArchivedVersion {
  const parts = file.split('/');
  return {
    id: `${parts.at(-2)}/${parts.at(-1)!.replace(/\.mdx$/, '')}`,
    policy: parts.at(-2)!,
    file,
    data: {
      title: 'Old',
      version: parts.at(-1)!.replace(/\.mdx$/, ''),
      effective: '2025-01-15',
      superseded: '2026-01-15',
      owner: 'Compliance Lead',
      ...data,
    },
  };
}

async function copyWith(file: string, text: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tandem-archive-'));
  await cp(EVIDENCE_FIXTURE, root, { recursive: true });
  await mkdir(dirname(join(root, file)), { recursive: true });
  await writeFile(join(root, file), text);
  return root;
}

describe('archived policy versions', () => {
  it('reads the fixture archive with ids of policy and version', async () => {
    const { sources } = await readContent(EVIDENCE_FIXTURE);
    const { archive, problems } = validateArchive(
      [...sources.values()].filter((s) => s.collection === 'policyArchive'),
    );
    expect(problems).toEqual([]);
    expect(archive.map((v) => v.id).sort()).toEqual(['alpha-isp/3.0', 'security-policy/1.0']);
    expect(checkArchive(await evidenceModel(), archive)).toEqual([]);
  });

  it('lists the versions of one policy newest first', () => {
    const list = [
      version('policies/archive/p/1.9.mdx', { superseded: '2024-01-01', effective: '2023-01-01' }),
      version('policies/archive/p/1.10.mdx', { superseded: '2025-01-01', effective: '2024-01-01' }),
      version('policies/archive/q/1.0.mdx'),
    ];
    expect(versionsOf(list, 'p').map((v) => v.data.version)).toEqual(['1.10', '1.9']);
    expect(compareVersions('2.10', '2.9')).toBeGreaterThan(0);
  });

  it('rejects a version for a policy that does not exist, naming the file', async () => {
    const problems = checkArchive(await evidenceModel(), [
      version('policies/archive/no-such-policy/1.0.mdx'),
    ]);
    expect(problems).toMatchObject([
      { rule: 'archive/policy', file: 'policies/archive/no-such-policy/1.0.mdx', path: [] },
    ]);
  });

  it('rejects a version whose file name disagrees with its version field', async () => {
    const problems = checkArchive(await evidenceModel(), [
      version('policies/archive/security-policy/1.0.mdx', { version: '1.1' }),
    ]);
    expect(problems).toMatchObject([
      {
        rule: 'archive/location',
        file: 'policies/archive/security-policy/1.0.mdx',
        path: ['version'],
      },
    ]);
  });

  it('rejects archiving the current version', async () => {
    const problems = checkArchive(await evidenceModel(), [
      version('policies/archive/security-policy/2.0.mdx', { superseded: '2026-01-15' }),
    ]);
    expect(problems.map((p) => [p.rule, p.path])).toEqual([['archive/current', ['version']]]);
  });

  it('rejects a superseded date after the current version took effect', async () => {
    const problems = checkArchive(await evidenceModel(), [
      version('policies/archive/security-policy/1.0.mdx', { superseded: '2026-02-01' }),
    ]);
    expect(problems).toMatchObject([
      { rule: 'dates/order', path: ['superseded'], found: '2026-02-01' },
    ]);
  });

  it("rejects a client's version filed outside that client's folder", async () => {
    const problems = checkArchive(await evidenceModel(), [
      version('policies/archive/alpha-isp/2.0.mdx', {
        superseded: '2025-04-01',
        effective: '2024-04-01',
      }),
    ]);
    expect(problems).toMatchObject([
      {
        rule: 'archive/location',
        file: 'policies/archive/alpha-isp/2.0.mdx',
        expected: 'clients/alpha-bank/policies/archive/alpha-isp/',
      },
    ]);
  });

  it('locates a schema problem in the file: a missing superseded date', async () => {
    const file = 'policies/archive/security-policy/0.9.mdx';
    const root = await copyWith(
      file,
      "---\ntitle: Old\nversion: '0.9'\neffective: 2024-01-15\nowner: Lead\n---\n\nText.\n",
    );
    const { sources } = await readContent(root);
    const problems = checkArchiveSources(sources.values(), await evidenceModel());
    expect(problems).toMatchObject([
      {
        file,
        path: ['superseded'],
        message: expect.stringContaining('"superseded" is missing'),
        line: expect.any(Number),
      },
    ]);
  });

  it('checks the files the content reader already parsed, with the same result', async () => {
    const file = 'policies/archive/security-policy/1.0.mdx';
    const root = await copyWith(
      file,
      "---\ntitle: Old\nversion: '1.1'\neffective: 2025-01-15\nsuperseded: 2026-01-15\nowner: Lead\n---\n\nText.\n",
    );
    const model = await evidenceModel();
    const { sources } = await readContent(root);
    const problems = checkArchiveSources(sources.values(), model);
    expect(problems).toMatchObject([
      { rule: 'archive/location', file, path: ['version'], line: expect.any(Number) },
    ]);
  });
});
