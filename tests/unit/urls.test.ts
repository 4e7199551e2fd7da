import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSiteMap } from '../../src/lib/checks/site-map.ts';
import { ROUTES, ackFormFileName, anchors, at, pageUrlOf, urls } from '../../src/lib/urls.ts';
import type { MatrixLedgerEntry } from '../../src/lib/records/matrix-ledger.ts';
import { boardPages } from '../../src/lib/records/site-pages.ts';
import { copyFixture, fixtureModel } from './helpers/fixture.ts';
import { ALL, STAFF, clients } from '../../src/lib/audience/audience.ts';
import { mkdir, writeFile } from 'node:fs/promises';

const PROJECT = resolve(import.meta.dirname, '../..');

/** A matrix ledger entry for version `n`. */
const version = (n: number): MatrixLedgerEntry => ({
  number: n,
  matrix_version: `1.${n}`,
  effective: '2026-01-01',
  published: '2026-01-02',
  event: 'published',
  summary: 'A version.',
  sha256: '0'.repeat(64),
});

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Every page file under src/pages/, as a path from the project root. */
function pageFiles(dir = join(PROJECT, 'src/pages')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? pageFiles(join(dir, e.name))
      : [relative(PROJECT, join(dir, e.name)).split('\\').join('/')],
  );
}

describe('urls', () => {
  it('links the runbooks and policies indexes in breadcrumbs for staff only', () => {
    expect(urls.runbooksIndexFor(STAFF)).toBe('/runbooks/');
    expect(urls.runbooksIndexFor(ALL)).toBeUndefined();
    expect(urls.runbooksIndexFor(clients('alpha'))).toBeUndefined();
    expect(urls.policiesIndexFor(STAFF)).toBe('/policies/');
    expect(urls.policiesIndexFor(ALL)).toBeUndefined();
    expect(urls.policiesIndexFor(clients('alpha', 'beta'))).toBeUndefined();
  });

  it('links control chips to framework pages for staff only', () => {
    expect(urls.hasFrameworkPages(STAFF)).toBe(true);
    expect(urls.hasFrameworkPages(ALL)).toBe(false);
    expect(urls.hasFrameworkPages(clients('alpha'))).toBe(false);
  });

  it('picks the matrix a page’s readers can open', () => {
    expect(urls.matrixFor(STAFF)).toBe('/matrix/');
    expect(urls.matrixFor(clients('alpha'))).toBe('/clients/alpha/matrix/');
    expect(urls.matrixFor(clients('alpha', 'beta'))).toBeUndefined();
    expect(urls.matrixFor(ALL)).toBeUndefined();
  });

  it('gives each page its address', () => {
    expect(urls.report('alpha-bank', '2026-10')).toBe('/clients/alpha-bank/reports/2026-10/');
    expect(urls.matrixVersion('alpha-bank', 2)).toBe('/clients/alpha-bank/matrix/versions/2/');
    expect(urls.binder('alpha-bank', 'ffiec-is')).toBe('/clients/alpha-bank/evidence/ffiec-is/');
    expect(urls.binderCsv('alpha-bank', 'ffiec-is')).toBe(
      '/clients/alpha-bank/evidence/ffiec-is.csv',
    );
    expect(urls.board('alpha-bank', '2026')).toBe('/clients/alpha-bank/board/2026/');
    expect(urls.evidenceFile('alpha-bank', '2026', 'a.pdf')).toBe(
      '/clients/alpha-bank/evidence/files/2026/a.pdf',
    );
  });

  it('puts a client’s own policy under the client and a provider policy at the top', () => {
    const own = { id: 'isp', data: { client: 'alpha-bank' } };
    const provider = { id: 'security', data: {} };
    expect(urls.policy(own)).toBe('/clients/alpha-bank/policies/isp/');
    expect(urls.policy(provider)).toBe('/policies/security/');
    expect(urls.policyVersion(own, '1.2')).toBe('/clients/alpha-bank/policies/isp/versions/1.2/');
    expect(urls.policyVersion(provider, '3')).toBe('/policies/security/versions/3/');
  });

  it('turns document keys into acknowledgement form addresses', () => {
    expect(urls.acknowledgement('a', 'policy:isp')).toBe('/clients/a/acknowledgements/policy-isp/');
    expect(urls.acknowledgement('a', 'report:2026-10')).toBe(
      '/clients/a/acknowledgements/report-2026-10/',
    );
    expect(urls.acknowledgement('a', 'matrix')).toBe('/clients/a/acknowledgements/matrix/');
    expect(ackFormFileName('a', 'policy:isp')).toBe('a-acknowledgement-policy-isp.pdf');
    expect(urls.ackFormPdf('a', 'report:2026-10')).toBe(
      '/clients/a/acknowledgements/report-2026-10/a-acknowledgement-report-2026-10.pdf',
    );
  });

  it('gives each month of changes its page under the client', () => {
    expect(urls.changeMonth('a', '2026-11')).toBe('/clients/a/changes/2026-11/');
  });

  it('writes anchors the way pages write ids', () => {
    expect(at(urls.clientMatrix('a'), anchors.activity('patch'))).toBe(
      '/clients/a/matrix/#a-patch',
    );
    expect(anchors.record('2026/restore-test')).toBe('r-2026-restore-test');
    expect(anchors.controlGroup('GV.OC')).toBe('g-c-gv-oc');
    expect(anchors.step(3)).toBe('step-3');
  });

  it('finds the page of a content entry', () => {
    expect(pageUrlOf('services', { id: 'backup', data: {} })).toBe('/services/backup/');
    expect(
      pageUrlOf('reports', { id: 'x', data: { client: 'alpha-bank', period: '2026-09' } }),
    ).toBe('/clients/alpha-bank/reports/2026-09/');
    expect(pageUrlOf('domains', { id: 'x', data: {} })).toBeUndefined();
  });
});

describe('the route table', () => {
  it('has exactly one entry for every page file', () => {
    const sources = ROUTES.map((r) => r.source);
    expect(new Set(sources).size, 'a page file listed twice').toBe(sources.length);
    expect(sources.filter((s) => s.startsWith('src/pages/')).sort()).toEqual(pageFiles().sort());
  });

  it('computes board report pages from the board files, drafts for staff only', async () => {
    const root = await copyFixture();
    await mkdir(join(root, 'clients/alpha-bank/board'), { recursive: true });
    await writeFile(
      join(root, 'clients/alpha-bank/board/2025.yaml'),
      'year: 2025\nstatus: published\n',
    );
    await writeFile(
      join(root, 'clients/alpha-bank/board/2026.yaml'),
      'year: 2026\nstatus: draft\n',
    );
    const boards = boardPages(root);
    expect(boards).toEqual([
      { client: 'alpha-bank', year: '2025', draft: false },
      { client: 'alpha-bank', year: '2026', draft: true },
    ]);
    const site = buildSiteMap(await fixtureModel(), new Map(), [], new Map(), boards);
    expect(site.get('/clients/alpha-bank/board/2025/')?.audience).toEqual({
      kind: 'clients',
      ids: ['alpha-bank'],
    });
    expect(site.get('/clients/alpha-bank/board/2026/')?.audience).toEqual({ kind: 'staff' });
  });

  it('lists matrix versions and acknowledgement forms from the matrix ledger', async () => {
    const model = await fixtureModel();
    const site = buildSiteMap(
      model,
      new Map(),
      [],
      new Map([['alpha-bank', [version(1), version(2)]]]),
    );
    expect(site.has('/clients/alpha-bank/matrix/versions/2/')).toBe(true);
    expect(site.has('/clients/alpha-bank/matrix/versions/3/')).toBe(false);
    expect(site.has('/clients/alpha-bank/acknowledgements/matrix/')).toBe(true);
    expect(site.has('/clients/beta-clinic/acknowledgements/matrix/')).toBe(false);
    expect([...site.get('/clients/alpha-bank/matrix/versions/1/')!.anchors]).toEqual([
      'main',
      'changes',
      'rows',
    ]);
  });

  it('lists the printed acknowledgement forms only in a build that prints them', async () => {
    const model = await fixtureModel();
    const ledger = new Map([['alpha-bank', [version(1)]]]);
    const pdf = '/clients/alpha-bank/acknowledgements/matrix/alpha-bank-acknowledgement-matrix.pdf';
    vi.stubEnv('TANDEM_ACK_FORMS', '');
    expect(buildSiteMap(model, new Map(), [], ledger).has(pdf)).toBe(false);
    vi.stubEnv('TANDEM_ACK_FORMS', 'pdf');
    const site = buildSiteMap(model, new Map(), [], ledger);
    expect(site.get(pdf)?.audience).toEqual({ kind: 'clients', ids: ['alpha-bank'] });
    expect(
      site.has(
        '/clients/beta-clinic/acknowledgements/matrix/beta-clinic-acknowledgement-matrix.pdf',
      ),
    ).toBe(false);
  });
});
