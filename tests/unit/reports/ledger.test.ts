import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/read.ts';
import { checkReportLedger } from '../../../src/lib/reports/ledger-check.ts';
import {
  LEDGER_FILE,
  parseLedger,
  recordVersion,
  reportHash,
  serializeLedger,
} from '../../../src/lib/reports/ledger.ts';

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/reports');
const MAR = 'clients/alpha-bank/reports/2026-03.mdx';
const SEP = 'clients/alpha-bank/reports/2026-09.mdx';
const OCT = 'clients/alpha-bank/reports/2026-10.mdx';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tandem-ledger-'));
  await cp(FIXTURE, root, { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function check() {
  const { raw } = await readContent(root);
  return checkReportLedger(root, raw.reports);
}

async function edit(file: string, change: (text: string) => string) {
  const path = join(root, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
}

describe('report ledger file', () => {
  it('hashes LF and CRLF checkouts of a report alike', () => {
    expect(reportHash('a\r\nb\r\n')).toBe(reportHash('a\nb\n'));
    // On an LF checkout it is exactly `sha256sum` of the file.
    expect(reportHash(Buffer.from('a\nb\n'))).toBe(
      createHash('sha256').update('a\nb\n').digest('hex'),
    );
  });

  it('writes the same bytes for the same entries, sorted by file', () => {
    const entry = {
      sha256: 'a'.repeat(64),
      recorded: '2026-11-26',
      event: 'published' as const,
      corrections: 0,
    };
    const one = recordVersion(
      recordVersion(new Map(), 'clients/b/reports/2026-01.mdx', entry),
      'clients/a/reports/2026-01.mdx',
      entry,
    );
    const two = recordVersion(
      recordVersion(new Map(), 'clients/a/reports/2026-01.mdx', entry),
      'clients/b/reports/2026-01.mdx',
      entry,
    );
    expect(serializeLedger(one)).toBe(serializeLedger(two));
    expect(parseLedger(serializeLedger(one)).ledger).toEqual(two);
  });

  it('names the ledger file, the field and the line of a bad entry', () => {
    const text = `version: 1\nreports:\n  clients/a/reports/2026-01.mdx:\n    - sha256: nothex\n      recorded: 2026-11-26\n      event: published\n      corrections: 0\n`;
    expect(parseLedger(text).problems).toEqual([
      expect.objectContaining({
        file: LEDGER_FILE,
        path: ['reports', 'clients/a/reports/2026-01.mdx', 0, 'sha256'],
        line: 4,
      }),
    ]);
  });
});

describe('published reports against the ledger', () => {
  it('pass when every published report matches its last version', async () => {
    expect(await check()).toEqual([]);
  });

  it('fail, naming the file, when a published report changed without a correction', async () => {
    await edit(SEP, (t) => t.replace('patch_compliance_pct: 97.6', 'patch_compliance_pct: 98.6'));
    expect(await check()).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'reports/immutable',
        file: SEP,
        message: 'the published report changed after publication without a correction entry',
      }),
    ]);
  });

  it('only warn when the change carries a new correction the ledger has not recorded yet', async () => {
    await edit(SEP, (t) =>
      t
        .replace('patch_compliance_pct: 97.6', 'patch_compliance_pct: 98.6')
        .replace(
          /\n---\n/,
          '\ncorrections:\n  - date: 2026-11-20\n    by: rita-reviewer\n    reason: Patch compliance was mistyped.\n---\n',
        ),
    );
    expect(await check()).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'reports/correction-unrecorded',
        file: SEP,
        path: ['corrections', 0],
      }),
    ]);
  });

  it('fail when a recorded correction is removed', async () => {
    await edit(MAR, (t) => t.replace(/corrections:\n(  .*\n)+/, ''));
    expect(await check()).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: MAR,
        path: ['corrections'],
        message: 'a correction entry was removed from a published report',
      }),
    ]);
  });

  it('fail when a published report goes back to draft or is deleted', async () => {
    await edit(SEP, (t) => t.replace('status: published', 'status: draft'));
    await rm(join(root, MAR));
    expect(await check()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'error', file: SEP, path: ['status'] }),
        expect.objectContaining({
          severity: 'error',
          file: LEDGER_FILE,
          path: ['reports', MAR],
          message: `the published report ${MAR} was deleted`,
        }),
      ]),
    );
  });

  it('fail on a published report missing from the ledger, and ignore drafts', async () => {
    await edit(OCT, (t) => t.replace('Draft only.', 'Still a draft.'));
    await edit(OCT, (t) =>
      t.replace(
        'status: draft',
        'status: published\nreviewed_by: rita-reviewer\npublished_at: 2026-11-20',
      ),
    );
    expect(await check()).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'reports/ledger-missing',
        file: OCT,
        expected: expect.stringContaining(
          'npm run report:publish -- --client alpha-bank --month 2026-10',
        ),
      }),
    ]);
  });
});
