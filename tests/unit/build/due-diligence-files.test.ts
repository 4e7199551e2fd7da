/** Kit documents reach a folder only through its due-diligence page, and never a client without the right. */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  copyDueDiligenceFiles,
  verifyDueDiligenceFiles,
} from '../../../src/build/due-diligence-files.ts';
import { listFiles } from '../../../src/build/files.ts';
import { FIXTURE, fixtureModel } from '../helpers/fixture.ts';

const FOLDERS = ['staff', 'alpha-bank', 'beta-clinic'];
let sites: string;

async function page(folder: string, client: string, links: string[]): Promise<void> {
  const file = join(sites, folder, 'clients', client, 'due-diligence', 'index.html');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, links.map((l) => `<a href="${l}" download>x</a>`).join('\n'));
}

async function sitesDir(): Promise<string> {
  sites = await mkdtemp(join(tmpdir(), 'tandem-dd-'));
  return sites;
}

afterEach(() => rm(sites, { recursive: true, force: true }));

describe('copying kit documents', () => {
  it('copies what each folder’s page links to, and nothing it does not link', async () => {
    const model = await fixtureModel();
    await sitesDir();
    const soc = '/due-diligence/files/soc-report.pdf';
    const cert = '/due-diligence/files/certificate.pdf';
    await page('staff', 'alpha-bank', [soc, cert]);
    await page('staff', 'beta-clinic', [cert]);
    await page('alpha-bank', 'alpha-bank', [soc, cert]);
    await page('beta-clinic', 'beta-clinic', [cert]);
    const copied = await copyDueDiligenceFiles(sites, FOLDERS, model, FIXTURE);
    expect(copied).toBe(5);
    const kit = async (folder: string) =>
      (await listFiles(join(sites, folder))).filter((f) => f.startsWith('due-diligence/'));
    expect(await kit('beta-clinic')).toEqual(['due-diligence/files/certificate.pdf']);
    expect(await kit('alpha-bank')).toEqual([
      'due-diligence/files/certificate.pdf',
      'due-diligence/files/soc-report.pdf',
    ]);
    expect(await readFile(join(sites, 'alpha-bank', 'due-diligence/files/soc-report.pdf'))).toEqual(
      await readFile(join(FIXTURE, 'provider/due-diligence/files/soc-report.pdf')),
    );
    expect(await verifyDueDiligenceFiles(sites, FOLDERS, model, FIXTURE)).toEqual([]);
  });

  it('refuses a page that links a restricted document into a client without an NDA', async () => {
    const model = await fixtureModel();
    await sitesDir();
    await page('beta-clinic', 'beta-clinic', ['/due-diligence/files/soc-report.pdf']);
    await expect(copyDueDiligenceFiles(sites, FOLDERS, model, FIXTURE)).rejects.toThrow(
      'beta-clinic/clients/beta-clinic/due-diligence/index.html links to /due-diligence/files/soc-report.pdf, which no current kit document shares with beta-clinic',
    );
  });

  it('refuses a link that tries to leave the documents folder', async () => {
    const model = await fixtureModel();
    await sitesDir();
    await page('alpha-bank', 'alpha-bank', ['/due-diligence/files/../../provider.yaml']);
    await expect(copyDueDiligenceFiles(sites, FOLDERS, model, FIXTURE)).rejects.toThrow(
      'which no current kit document shares with alpha-bank',
    );
  });
});

describe('verifying kit documents', () => {
  it('finds a restricted document in a client folder by its name or by its bytes', async () => {
    const model = await fixtureModel();
    await sitesDir();
    const source = join(FIXTURE, 'provider/due-diligence/files/soc-report.pdf');
    await mkdir(join(sites, 'beta-clinic', 'due-diligence/files'), { recursive: true });
    await mkdir(join(sites, 'beta-clinic', '_astro'), { recursive: true });
    await cp(source, join(sites, 'beta-clinic', 'due-diligence/files/soc-report.pdf'));
    await cp(source, join(sites, 'beta-clinic', '_astro/renamed.bin'));
    await mkdir(join(sites, 'alpha-bank'), { recursive: true });
    await cp(source, join(sites, 'alpha-bank', 'soc-copy.pdf'));
    const issues = await verifyDueDiligenceFiles(
      sites,
      ['alpha-bank', 'beta-clinic'],
      model,
      FIXTURE,
    );
    expect(issues).toEqual([
      {
        folder: 'beta-clinic',
        file: '_astro/renamed.bin',
        message:
          'has the content of provider/due-diligence/files/soc-report.pdf, which beta-clinic may not receive',
      },
      {
        folder: 'beta-clinic',
        file: 'due-diligence/files/soc-report.pdf',
        message: 'is a kit document beta-clinic may not receive',
      },
    ]);
  });
});
