/**
 * The authoring commands as an account manager runs them: spawned like `npm run …`, on a
 * throw-away copy of the reports fixture, with "today" pinned after November 2026.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const PROJECT = resolve(import.meta.dirname, '../../..');
const FIXTURE = join(PROJECT, 'tests/fixtures/reports');
const NOV = 'clients/alpha-bank/reports/2026-11.mdx';
const SEP = 'clients/alpha-bank/reports/2026-09.mdx';

let root: string;

function tandem(...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/tandem.ts', ...args], {
    cwd: PROJECT,
    env: {
      ...process.env,
      TANDEM_CONTENT: root,
      TANDEM_TODAY: '2026-12-03',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const read = (file: string) => readFile(join(root, file), 'utf8');
const write = (file: string, text: string) => writeFile(join(root, file), text);
const ledger = async () =>
  parse(await read('report-ledger.yaml')).reports as Record<
    string,
    Array<{ sha256: string; event: string; corrections: number }>
  >;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** What an account manager does to the scaffold before publishing. */
function finish(text: string): string {
  return text
    .replace(/^# TODO.*\n(# Replace.*\n)?/m, '')
    .replace(/headline: ".*"/, 'headline: "A quiet November for Alpha."')
    .replace(/^In three to five sentences.*$/m, 'November was quiet.')
    .replace(/One line per event that mattered.*$/m, 'Monthly updates installed.')
    .replace(/^What happens in .*$/m, 'December brings the VPN change.');
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tandem-report-cli-'));
  await cp(FIXTURE, root, { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('report:new', () => {
  it('scaffolds a draft that passes the check, carrying open recommendations forward', async () => {
    const run = tandem('report:new', '--client', 'alpha-bank', '--month', '2026-11');
    expect(run.code).toBe(0);
    expect(run.out).toContain('2 recommendation(s) carried forward');
    const report = parse((await read(NOV)).split('---')[1]!);
    expect(report).toMatchObject({ status: 'draft', period: '2026-11', prepared_by: 'sam-staff' });
    expect(
      report.recommendations.map((r: { id: string; raised: string }) => [r.id, r.raised]),
    ).toEqual([
      ['offsite-restore-test', '2026-06'],
      ['enable-mfa-vpn', '2026-08'],
    ]);
    expect(tandem('check').code).toBe(0);
  });

  it('fills the figures from a metrics file', async () => {
    const run = tandem(
      'report:new',
      '--client',
      'alpha-bank',
      '--month',
      '2026-11',
      '--metrics',
      'examples/metrics-2026-10.csv',
    );
    expect(run.code).toBe(0);
    const report = parse((await read(NOV)).split('---')[1]!);
    expect(report.metrics.endpoints_managed).toBe(96);
    expect(await read(NOV)).not.toContain('# TODO');
    expect(tandem('check').code).toBe(0);
  });

  it('refuses a bad metrics file, naming the file, line and key, and writes nothing', async () => {
    const csv = (await readFile(join(PROJECT, 'examples/metrics-2026-10.csv'), 'utf8')).replace(
      'sla_attainment_pct,',
      'sla_attainment_pct,=',
    );
    await write('bad.csv', csv);
    const run = tandem(
      'report:new',
      '--client',
      'alpha-bank',
      '--month',
      '2026-11',
      '--metrics',
      join(root, 'bad.csv'),
    );
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/bad\.csv:\d+:1 {2}sla_attainment_pct {2}the value starts with "="/);
    expect(existsSync(join(root, NOV))).toBe(false);
  });

  it('refuses to overwrite an existing report', async () => {
    const before = await read(SEP);
    const run = tandem('report:new', '--client', 'alpha-bank', '--month', '2026-09');
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${SEP} already exists`);
    expect(await read(SEP)).toBe(before);
  });

  it('refuses a month that has not ended and an unknown client', () => {
    expect(tandem('report:new', '--client', 'alpha-bank', '--month', '2026-12').err).toContain(
      'a report can only cover a month that has ended',
    );
    expect(tandem('report:new', '--client', 'nobody', '--month', '2026-11').err).toContain(
      'unknown client "nobody"',
    );
  });

  it('explains itself', () => {
    const run = tandem('report:new', '--help');
    expect(run.code).toBe(0);
    expect(run.out).toContain('--metrics <file>');
  });
});

describe('report:publish and the ledger', () => {
  async function publishedNovember() {
    expect(tandem('report:new', '--client', 'alpha-bank', '--month', '2026-11').code).toBe(0);
    await write(NOV, finish(await read(NOV)));
    return tandem(
      'report:publish',
      '--client',
      'alpha-bank',
      '--month',
      '2026-11',
      '--reviewer',
      'rita-reviewer',
    );
  }

  it('refuses to publish a scaffold that was not filled in', () => {
    tandem('report:new', '--client', 'alpha-bank', '--month', '2026-11');
    const run = tandem(
      'report:publish',
      '--client',
      'alpha-bank',
      '--month',
      '2026-11',
      '--reviewer',
      'rita-reviewer',
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain('the headline is still the placeholder');
  });

  it('publishes with the date and reviewer and records the SHA-256 in the ledger', async () => {
    const run = await publishedNovember();
    expect(run.code).toBe(0);
    const text = await read(NOV);
    expect(text).toMatch(/^status: published$/m);
    expect(text).toMatch(/^published_at: 2026-12-03$/m);
    expect(text).toMatch(/^reviewed_by: rita-reviewer$/m);
    const snapshot = await read(NOV.replace('.mdx', '.snapshot.json'));
    expect((await ledger())[NOV]).toEqual([
      {
        sha256: sha(text),
        recorded: '2026-12-03',
        event: 'published',
        corrections: 0,
        snapshot: sha(snapshot),
      },
    ]);
    expect(JSON.parse(snapshot)).toMatchObject({
      report: NOV,
      period: '2026-11',
      captured: '2026-12-03',
    });
    expect(tandem('check').code).toBe(0);
  });

  it('fails the check, naming the file, when a published report is edited without a correction', async () => {
    await publishedNovember();
    await write(NOV, (await read(NOV)).replace('November was quiet.', 'November was very quiet.'));
    const check = tandem('check');
    expect(check.code).toBe(1);
    expect(check.out).toMatch(
      new RegExp(`error +${NOV}:\\d+:\\d+ .*changed after publication without a correction entry`),
    );
    expect(tandem('report:publish', '--client', 'alpha-bank', '--month', '2026-11').code).toBe(1);
  });

  it('passes with a correction entry, and publishing again keeps both hashes', async () => {
    await publishedNovember();
    const first = (await ledger())[NOV]![0]!.sha256;
    await write(
      NOV,
      (await read(NOV))
        .replace('November was quiet.', 'November was very quiet.')
        .replace(
          /\n---\n/,
          '\ncorrections:\n  - date: 2026-12-03\n    by: sam-staff\n    reason: Reworded the summary for the board.\n---\n',
        ),
    );
    const check = tandem('check');
    expect(check.code).toBe(0);
    expect(check.out).toContain('reports/correction-unrecorded');
    expect(tandem('report:publish', '--client', 'alpha-bank', '--month', '2026-11').code).toBe(0);
    const versions = (await ledger())[NOV]!;
    expect(versions.map((v) => [v.event, v.corrections])).toEqual([
      ['published', 0],
      ['corrected', 1],
    ]);
    expect(versions[0]!.sha256).toBe(first);
    expect(versions[1]!.sha256).toBe(sha(await read(NOV)));
    expect(tandem('check').out).not.toContain('correction-unrecorded');
  });

  it('adds the correction itself with --correct --reason --by', async () => {
    await publishedNovember();
    await write(
      NOV,
      (await read(NOV)).replace('November was quiet.', 'November was quiet overall.'),
    );
    const run = tandem(
      'report:publish',
      '--client',
      'alpha-bank',
      '--month',
      '2026-11',
      '--correct',
      '--reason',
      'Clarified the summary wording.',
      '--by',
      'sam-staff',
    );
    expect(run.code).toBe(0);
    expect(await read(NOV)).toContain(
      '  - date: 2026-12-03\n    by: sam-staff\n    reason: "Clarified the summary wording."',
    );
    expect((await ledger())[NOV]).toHaveLength(2);
    expect(tandem('check').code).toBe(0);
  });

  it('keeps the replaced snapshot, and the check re-verifies it against the ledger', async () => {
    await publishedNovember();
    const KEPT = NOV.replace('.mdx', '.snapshot.v1.json');
    const first = await read(NOV.replace('.mdx', '.snapshot.json'));
    await write(NOV, (await read(NOV)).replace('November was quiet.', 'November was calm.'));
    const run = tandem(
      'report:publish',
      ...['--client', 'alpha-bank', '--month', '2026-11', '--correct'],
      ...['--reason', 'Clarified the summary wording.', '--by', 'sam-staff'],
    );
    expect(run.code).toBe(0);
    expect(await read(KEPT)).toBe(first);
    expect((await ledger())[NOV]![0]).toMatchObject({ snapshot: sha(first) });
    expect(tandem('check').code).toBe(0);

    // A hand edit of the kept snapshot is named by file and field.
    await write(KEPT, first.replace('"Alpha Canary Bank"', '"Alpha Canary Bank & Trust"'));
    const edited = tandem('check');
    expect(edited.code).toBe(1);
    expect(edited.out).toMatch(/2026-11\.snapshot\.v1\.json\s+names\.client\s.*edited by hand/);

    // So is a missing one, and one the ledger never recorded.
    await rm(join(root, KEPT));
    await write(NOV.replace('.mdx', '.snapshot.v7.json'), first);
    const missing = tandem('check');
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(
      /2026-11\.snapshot\.v1\.json\s.*the snapshot a correction kept is missing/,
    );
    expect(missing.out).toMatch(/2026-11\.snapshot\.v7\.json\s.*no recorded correction replaced/);
  });

  it('needs a reviewer, and refuses while the content has errors', async () => {
    tandem('report:new', '--client', 'alpha-bank', '--month', '2026-11');
    await write(NOV, finish(await read(NOV)));
    expect(tandem('report:publish', '--client', 'alpha-bank', '--month', '2026-11').err).toContain(
      'needs a reviewer',
    );
    await write(SEP, (await read(SEP)).replace('status: published', 'status: draft'));
    const run = tandem(
      'report:publish',
      '--client',
      'alpha-bank',
      '--month',
      '2026-11',
      '--reviewer',
      'rita-reviewer',
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain('nothing was published');
    expect(await read(NOV)).toMatch(/^status: draft$/m);
  });
});
