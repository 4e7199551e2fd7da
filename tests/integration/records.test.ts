/**
 * Records a client can rely on, end to end with the real build on a temp copy of the
 * basic fixture: changing what a published report reads leaves its page byte-identical.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSites } from '../../src/build/pipeline.ts';

const TODAY = '2026-11-26';
const FIXTURE = resolve('tests/fixtures/basic');
const PAGE = 'alpha-bank/clients/alpha-bank/reports/2026-08/index.html';
let work: string;
let content: string;

async function build(out: string): Promise<string> {
  await buildSites({ projectRoot: process.cwd(), contentRoot: content, outDir: out, today: TODAY });
  return out;
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
    const second = await build(join(work, 'sites-2'));
    const after = await readFile(join(second, PAGE), 'utf8');
    expect(after).toBe(before);
    // The live side did move: the services page shows the new contract target.
    const services = await readFile(
      join(second, 'alpha-bank/clients/alpha-bank/services/index.html'),
      'utf8',
    );
    expect(services).toContain('99.9');
  }, 240_000);
});
