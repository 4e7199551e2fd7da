/**
 * `npm run exam` as an examiner's liaison runs it: on a copy of the evidence fixture, the
 * package verifies with sha256sum, a second run gives the same bytes, and bad days are
 * refused naming the file and field.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(PROJECT, 'tests/fixtures/evidence');
let root: string;
let content: string;

function exam(...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/tandem.ts', 'exam', ...args], {
    cwd: PROJECT,
    env: {
      ...process.env,
      TANDEM_CONTENT: content,
      TANDEM_TODAY: '2026-11-26',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tandem-exam-'));
  content = join(root, 'content');
  await cp(FIXTURE, content, { recursive: true });
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('npm run exam', () => {
  it(
    'writes a package whose manifest verifies, byte-identical on a rerun',
    { timeout: 120_000 },
    async () => {
      const first = exam(
        '--client',
        'alpha-bank',
        '--as-of',
        '2026-11-01',
        '--out',
        join(root, 'a'),
      );
      expect(first.err).toBe('');
      expect(first.code).toBe(0);
      const second = exam(
        '--client',
        'alpha-bank',
        '--as-of',
        '2026-11-01',
        '--out',
        join(root, 'b'),
      );
      expect(second.code).toBe(0);
      const name = 'alpha-bank-exam-2026-11-01';
      const folder = join(root, 'a', name);
      const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
      expect(check.status).toBe(0);
      expect(check.stdout).toContain('manifest.json: OK');
      const zipA = await readFile(join(root, 'a', `${name}.zip`));
      const zipB = await readFile(join(root, 'b', `${name}.zip`));
      expect(zipA.equals(zipB)).toBe(true);
      expect(await readFile(join(folder, 'binder/fixture-fw.pdf'))).toEqual(
        await readFile(join(root, 'b', name, 'binder/fixture-fw.pdf')),
      );

      const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'));
      const paths = manifest.files.map((f: { path: string }) => f.path);
      expect(manifest.as_of).toBe('2026-11-01');
      expect(manifest.matrix_version).toBe('1.1');
      // The matrix is the published version in force, byte for byte, not today's live matrix.
      expect(await readFile(join(folder, 'matrix/matrix-v1.1.json'))).toEqual(
        await readFile(join(content, 'clients/alpha-bank/matrix-versions/1.json')),
      );
      expect(paths).toContain('evidence/2026/risk-assessment-2026.csv');
      expect(paths).toContain('binder/fixture-fw.csv');
      expect(paths).toContain('binder/fixture-two.pdf');
      // Reports published by the day, of the 12 months before; the October draft is not one.
      expect(paths.filter((p: string) => p.startsWith('reports/'))).toEqual([
        'reports/2026-08.mdx',
        'reports/2026-09.mdx',
      ]);
      const csv = await readFile(join(folder, 'binder/fixture-fw.csv'), 'utf8');
      expect(csv).toMatch(/GOV-2,[^\n]*,Operating,/);
      expect(csv).toMatch(/AWR-1,[^\n]*,Exception accepted,/);
      const all = (await readdir(folder, { recursive: true })).join('\n');
      expect(all).not.toContain('beta');
    },
  );

  it(
    'judges the binder as it stood on the day: evidence approved later does not count',
    { timeout: 60_000 },
    async () => {
      const r = exam(
        '--client',
        'alpha-bank',
        '--as-of',
        '2026-10-01',
        '--out',
        join(root, 'c'),
        '--no-pdf',
      );
      expect(r.code).toBe(0);
      const csv = await readFile(
        join(root, 'c', 'alpha-bank-exam-2026-10-01', 'binder/fixture-fw.csv'),
        'utf8',
      );
      expect(csv).toMatch(/GOV-2,[^\n]*,Designed,/);
    },
  );

  it('refuses a day before the contract began, naming the file and field', () => {
    const r = exam(
      '--client',
      'alpha-bank',
      '--as-of',
      '2024-12-31',
      '--out',
      join(root, 'x'),
      '--no-pdf',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('clients/alpha-bank/client.yaml contract.start (2025-01-01)');
  });

  it('refuses a day in the future', () => {
    const r = exam(
      '--client',
      'alpha-bank',
      '--as-of',
      '2026-12-01',
      '--out',
      join(root, 'x'),
      '--no-pdf',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('in the future');
  });

  it('refuses a day before the first published matrix version took effect', () => {
    const r = exam(
      '--client',
      'alpha-bank',
      '--as-of',
      '2025-06-30',
      '--out',
      join(root, 'x'),
      '--no-pdf',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'first published matrix version of alpha-bank took effect on 2026-03-01',
    );
  });

  it('refuses a framework the client is not held to', () => {
    const r = exam(
      '--client',
      'beta-clinic',
      '--framework',
      'fixture-two',
      '--as-of',
      '2026-11-01',
      '--out',
      join(root, 'x'),
      '--no-pdf',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('--framework fixture-two');
  });
});
