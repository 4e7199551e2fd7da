/** Matrix versions: the diff between versions, the version bump, and the ledger check. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffMatrixRows } from '../../../src/lib/records/matrix-diff.ts';
import { checkMatrixLedger, nextMatrixVersion } from '../../../src/lib/records/matrix-ledger.ts';
import { bumpClientMatrix, validatePublish } from '../../../src/lib/records/matrix-publish.ts';
import type { FrozenMatrixRow } from '../../../src/lib/records/matrix-snapshot.ts';
import { sealed, recordText, sha256 } from '../../../src/lib/records/seal.ts';

const row = (activity: string, extra: Partial<FrozenMatrixRow> = {}): FrozenMatrixRow => ({
  activity,
  title: activity,
  domain: 'd',
  domain_title: 'Domain',
  letters: { 'internal-it': 'A', provider: 'R' },
  source: 'template',
  people: { provider: 'Sam (backup: Rita)' },
  ...extra,
});

describe('the diff between two matrix versions', () => {
  it('lists rows added, removed, letters and people changed, with the override reason', () => {
    const before = [row('a'), row('b'), row('c')];
    const after = [
      row('a'),
      row('b', {
        letters: { 'internal-it': 'A', provider: 'C', vendor: 'R' },
        source: 'override',
        reason: 'The vendor patches it.',
      }),
      row('d'),
      row('c', { people: { provider: 'Rita (backup: Sam)' } }),
    ];
    const diff = diffMatrixRows(before, after);
    expect(diff.map((d) => [d.activity, d.kind])).toEqual([
      ['b', 'changed'],
      ['d', 'added'],
      ['c', 'changed'],
    ]);
    expect(diff[0]).toMatchObject({
      letters: [
        { party: 'provider', before: 'R', after: 'C' },
        { party: 'vendor', after: 'R' },
      ],
      reason: 'The vendor patches it.',
      source: { before: 'template', after: 'override' },
    });
    expect(diff[2]!.people).toEqual([
      { party: 'provider', before: 'Sam (backup: Rita)', after: 'Rita (backup: Sam)' },
    ]);
    expect(diffMatrixRows(after, before).find((d) => d.activity === 'd')?.kind).toBe('removed');
    expect(diffMatrixRows(before, before)).toEqual([]);
  });
});

describe('publishing a matrix version', () => {
  it('bumps the last number of the version', () => {
    expect(nextMatrixVersion('2.0')).toBe('2.1');
    expect(nextMatrixVersion('1.9')).toBe('1.10');
    expect(nextMatrixVersion('3')).toBe('4');
  });

  it('changes only the version, the effective date and the changelog of client.yaml', () => {
    const text = `name: X\n# a comment\nmatrix:\n  version: '1.1'\n  effective: 2026-03-01\n  changelog:\n    - version: '1.1'\n      date: 2026-03-01\n      by: Lee\n      summary: >-\n        A long folded line\n        that stays folded.\n  overrides: []\n`;
    const options = {
      summary: "Lee's change, in a sentence.",
      effective: '2026-11-20',
      by: 'Owen',
      day: '2026-11-26',
    };
    const { text: out, version } = bumpClientMatrix(text, options);
    expect(version).toBe('1.2');
    expect(out).toContain('# a comment');
    expect(out).toContain('        A long folded line\n        that stays folded.\n');
    const data = parse(out);
    expect(data.matrix.version).toBe('1.2');
    expect(data.matrix.changelog.at(-1)).toEqual({
      version: '1.2',
      date: '2026-11-20',
      by: 'Owen',
      summary: "Lee's change, in a sentence.",
    });
    expect(data.matrix.overrides).toEqual([]);
  });

  it('refuses a missing summary or a bad date', () => {
    const ok = { summary: 'A sentence of change.', effective: '2026-11-20', by: 'x', day: 'x' };
    expect(() => validatePublish({ ...ok, summary: 'short' })).toThrow(/--summary/);
    expect(() => validatePublish({ ...ok, effective: '20-11-2026' })).toThrow(/--effective/);
  });
});

describe('the matrix ledger check', () => {
  it('names the version file and the edited field when a version no longer matches its hash', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tandem-matrix-ledger-'));
    try {
      const text = recordText(sealed({ client: 'a', rows: [row('x')] }));
      await mkdir(join(root, 'clients/a/matrix-versions'), { recursive: true });
      await writeFile(join(root, 'clients/a/matrix-versions/1.json'), text);
      await writeFile(
        join(root, 'matrix-ledger.yaml'),
        `version: 1\nclients:\n  a:\n    - number: 1\n      matrix_version: '1.0'\n      effective: 2026-01-01\n      published: 2026-01-02\n      event: adopted\n      summary: In force.\n      sha256: ${sha256(text)}\n`,
      );
      expect(await checkMatrixLedger(root, new Set(['a']))).toEqual([]);
      await writeFile(join(root, 'clients/a/matrix-versions/1.json'), text.replace('"R"', '"C"'));
      expect(await checkMatrixLedger(root, new Set(['a']))).toEqual([
        expect.objectContaining({
          rule: 'records/matrix',
          file: 'clients/a/matrix-versions/1.json',
          path: ['rows', 0],
        }),
      ]);
      expect(await checkMatrixLedger(root, new Set(['b']))).toEqual([
        expect.objectContaining({ file: 'matrix-ledger.yaml', path: ['clients', 'a'] }),
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
