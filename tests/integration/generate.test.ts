/** The synthetic provider behind the isolation test and the benchmark. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateProvider } from '../../src/bench/generate.ts';
import { listFiles, sha256File } from '../../src/build/files.ts';
import { checkContent } from '../../src/lib/checks/run.ts';

async function tree(seed: number): Promise<{ dir: string; sums: Map<string, string> }> {
  const dir = join(await mkdtemp(join(tmpdir(), 'tandem-generate-')), 'content');
  await generateProvider({
    out: dir,
    from: resolve('content'),
    clients: 6,
    months: 3,
    seed,
    currentMonth: '2026-11',
  });
  const files = await listFiles(dir);
  return {
    dir,
    sums: new Map(
      await Promise.all(files.map(async (f) => [f, await sha256File(join(dir, f))] as const)),
    ),
  };
}

describe('generateProvider', () => {
  it('writes the same tree for the same seed, and another for another seed', async () => {
    const [a, b, c] = await Promise.all([tree(3), tree(3), tree(4)]);
    expect([...b.sums]).toEqual([...a.sums]);
    expect([...c.sums]).not.toEqual([...a.sums]);
    const reports = [...a.sums.keys()].filter((f) => f.includes('/reports/'));
    expect(reports.filter((f) => f.endsWith('.mdx'))).toHaveLength(18);
    // Every published report is frozen beside itself, and the ledger records it.
    expect(reports.filter((f) => f.endsWith('.snapshot.json')).length).toBeGreaterThan(12);
    expect(a.sums.has('report-ledger.yaml')).toBe(true);
  });

  it('writes a tree the content check accepts', async () => {
    const { dir } = await tree(5);
    const result = await checkContent(dir, { today: '2026-11-26' });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.model?.clients).toHaveLength(6);
    const client = await readFile(
      join(dir, 'clients', result.model!.clients[0]!.id, 'client.yaml'),
      'utf8',
    );
    expect(client).toMatch(/canary\d{3}/);
  });
});
