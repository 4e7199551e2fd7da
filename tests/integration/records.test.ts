/**
 * Records a client can rely on, end to end with the real build on a temp copy of the
 * basic fixture: changing what a published report reads leaves its page byte-identical.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSites } from '../../src/build/pipeline.ts';
import { atomProblems } from '../unit/helpers/atom.ts';

const TODAY = '2026-11-26';
const FIXTURE = resolve('tests/fixtures/basic');
const PAGE = 'alpha-bank/clients/alpha-bank/reports/2026-08/index.html';
let work: string;
let content: string;

async function build(out: string): Promise<string> {
  await buildSites({ projectRoot: process.cwd(), contentRoot: content, outDir: out, today: TODAY });
  return out;
}

/** Runs a tandem command on the temp content, as `npm run …` would. */
function tandem(...args: string[]): string {
  const run = spawnSync(process.execPath, ['src/cli/tandem.ts', ...args], {
    env: { ...process.env, TANDEM_CONTENT: content, TANDEM_TODAY: TODAY, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`tandem ${args.join(' ')} failed:\n${run.stderr}`);
  return run.stdout;
}

async function replaceIn(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(join(content, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  await writeFile(join(content, file), text.replace(from, to));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tandem-records-'));
  content = join(work, 'content');
  await cp(FIXTURE, content, { recursive: true });
  tandem('matrix:publish', '--record', '--all');
}, 120_000);
afterAll(() => (process.env.KEEP ? undefined : rm(work, { recursive: true, force: true })));

describe('a published report is frozen', () => {
  it('keeps its page byte-identical when its target and the names it shows change', async () => {
    const first = await build(join(work, 'sites-1'));
    const before = await readFile(join(first, PAGE), 'utf8');
    expect(before).toContain('Patch compliance');

    await replaceIn(
      'clients/alpha-bank/client.yaml',
      '{ kpi: patch_compliance_pct, target: 97 }',
      '{ kpi: patch_compliance_pct, target: 99.9 }',
    );
    await replaceIn('provider.yaml', 'Sam Staffer', 'Samuel Otherwise');
    // (The provider's own name is site chrome, in every page's masthead and footer, so it is not renamed here.)
    await replaceIn('provider.yaml', 'name: Client internal IT', 'name: Client IT team');
    // A matrix change, published as version 2.
    await replaceIn(
      'clients/alpha-bank/client.yaml',
      'raci: { internal-it: A, vendor: R, provider: I }',
      'raci: { internal-it: A, vendor: R, provider: C }',
    );
    expect(
      tandem(
        'matrix:publish',
        '--client',
        'alpha-bank',
        '--summary',
        'Bluestem is consulted before the vendor patches the core host.',
      ),
    ).toContain('Published matrix version 2');
    const second = await build(join(work, 'sites-2'));
    const after = await readFile(join(second, PAGE), 'utf8');
    expect(after).toBe(before);
    // The live side did move: the services page shows the new contract target.
    const services = await readFile(
      join(second, 'alpha-bank/clients/alpha-bank/services/index.html'),
      'utf8',
    );
    expect(services).toContain('99.9');

    // The new matrix version's page shows the changed row; version 1 is still there.
    const version2 = await readFile(
      join(second, 'alpha-bank/clients/alpha-bank/matrix/versions/2/index.html'),
      'utf8',
    );
    expect(version2).toMatch(/data-activity="patch-core-system" data-kind="changed"/);
    expect(version2).toContain('Fixture Partners I → C');
    expect(version2).toContain('The core vendor');
    const version1 = await readFile(
      join(second, 'alpha-bank/clients/alpha-bank/matrix/versions/1/index.html'),
      'utf8',
    );
    expect(version1).toContain('First recorded version');

    // Each client folder has a valid Atom feed of its own changes only; staff has one for all.
    const feed = await readFile(join(second, 'alpha-bank/clients/alpha-bank/feed.xml'), 'utf8');
    expect(atomProblems(feed)).toEqual([]);
    expect(feed).toContain('https://alpha-bank.portal.fixture.example/clients/alpha-bank/');
    expect(feed).toContain('matrix/versions/2/#changes');
    expect(feed).not.toContain('beta-clinic');
    const staff = await readFile(join(second, 'staff/feed.xml'), 'utf8');
    expect(atomProblems(staff)).toEqual([]);
    expect(staff).toContain('beta-clinic');
  }, 240_000);
});
