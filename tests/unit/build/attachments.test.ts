/** Evidence attachments reach a folder only through its pages, and never another client's folder. */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyAttachments } from '../../../src/build/attachments.ts';
import { listFiles } from '../../../src/build/files.ts';

const SHEET = 'reviewer,result\nava,signed\n';
const URL = '/clients/alpha-bank/evidence/files/2026/review.csv';
let dirs: string[] = [];

async function put(path: string, text: string) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

async function tree(sheet = SHEET) {
  const root = await mkdtemp(join(tmpdir(), 'tandem-attach-'));
  dirs.push(root);
  const content = join(root, 'content');
  const sha = createHash('sha256').update(SHEET).digest('hex');
  await put(join(content, 'clients/alpha-bank/evidence/2026/review.csv'), sheet);
  await put(
    join(content, 'clients/alpha-bank/evidence/2026/review.yaml'),
    `title: Review\nkind: access-review\nperiod: { start: 2026-07-01, end: 2026-09-30 }\nperformed_by: sam\napproved_by: { contact: ava, date: 2026-10-01 }\ncontrols: [fw:A-1]\nsummary: Done.\nattachment: { file: review.csv, sha256: ${sha} }\n`,
  );
  const sites = join(root, 'sites');
  const page = `<html><body><a href="${URL}">sheet</a></body></html>`;
  await put(join(sites, 'staff/clients/alpha-bank/evidence/records/index.html'), page);
  await put(join(sites, 'alpha-bank/clients/alpha-bank/evidence/records/index.html'), page);
  await put(
    join(sites, 'beta-clinic/clients/beta-clinic/index.html'),
    '<html><body>home</body></html>',
  );
  return { content, sites };
}

afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});

describe('attachment copying', () => {
  it("copies into the client's folder and staff, never into another client's", async () => {
    const { content, sites } = await tree();
    expect(await copyAttachments(content, sites, ['staff', 'alpha-bank', 'beta-clinic'])).toBe(2);
    expect(await readFile(join(sites, 'alpha-bank', URL), 'utf8')).toBe(SHEET);
    expect(await readFile(join(sites, 'staff', URL), 'utf8')).toBe(SHEET);
    expect((await listFiles(join(sites, 'beta-clinic'))).some((f) => f.includes('evidence'))).toBe(
      false,
    );
  });

  it("refuses a client page linking to another client's attachment", async () => {
    const { content, sites } = await tree();
    await put(join(sites, 'beta-clinic/clients/beta-clinic/index.html'), `<a href="${URL}">x</a>`);
    await expect(copyAttachments(content, sites, ['beta-clinic'])).rejects.toThrow(
      /beta-clinic\/clients\/beta-clinic\/index.html: links to .*another client/,
    );
  });

  it('refuses to copy an attachment whose bytes changed since it was recorded', async () => {
    const { content, sites } = await tree(SHEET + 'x\n');
    await expect(copyAttachments(content, sites, ['alpha-bank'])).rejects.toThrow(
      /review.yaml: attachment.sha256 does not match/,
    );
  });
});
