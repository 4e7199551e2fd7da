/** `npm run evidence:add` on a copy of the evidence fixture: hashes the file, refuses bad approvers. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const PROJECT = resolve(import.meta.dirname, '../../..');
const FIXTURE = join(PROJECT, 'tests/fixtures/evidence');
let root: string;

function add(...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/tandem.ts', 'evidence:add', ...args], {
    cwd: PROJECT,
    env: {
      ...process.env,
      TANDEM_CONTENT: join(root, 'content'),
      TANDEM_TODAY: '2026-11-26',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const base = (approver: string) => [
  '--client',
  'alpha-bank',
  '--kind',
  'access-review',
  '--title',
  'Access review, October',
  '--start',
  '2026-10-01',
  '--end',
  '2026-10-31',
  '--performed-by',
  'sam-staff',
  '--approved-by',
  approver,
  '--approved-on',
  '2026-11-03',
  '--control',
  'fixture-fw:PRO-1',
  '--summary',
  'Every account checked.',
];
const RECORD = 'content/clients/alpha-bank/evidence/2026/access-review-2026-10-31.yaml';

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tandem-evidence-add-'));
  await cp(FIXTURE, join(root, 'content'), { recursive: true });
  await writeFile(join(root, 'sheet.csv'), 'account,kept\nava,yes\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('npm run evidence:add', () => {
  it('writes the record with the SHA-256 of the file it copies beside it', () => {
    const r = add(...base('ava-admin'), '--file', join(root, 'sheet.csv'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    return readFile(join(root, RECORD), 'utf8').then(async (text) => {
      const record = parse(text);
      const copied = await readFile(
        join(root, 'content/clients/alpha-bank/evidence/2026/sheet.csv'),
      );
      expect(record.attachment.sha256).toBe(createHash('sha256').update(copied).digest('hex'));
      expect(record.approved_by).toEqual({ contact: 'ava-admin', date: '2026-11-03' });
    });
  });

  it("refuses an approver who works for the client's vendor, and keeps nothing", () => {
    const r = add(...base('vic-vendor'), '--file', join(root, 'sheet.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('approved_by.contact');
    expect(r.err).toContain('evidence/approver');
    expect(existsSync(join(root, RECORD))).toBe(false);
    expect(existsSync(join(root, 'content/clients/alpha-bank/evidence/2026/sheet.csv'))).toBe(
      false,
    );
  });

  it('refuses an unknown kind, naming the kinds', () => {
    const r = add(...base('ava-admin').map((a) => (a === 'access-review' ? 'audit' : a)));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--kind must be one of access-review');
  });
});
