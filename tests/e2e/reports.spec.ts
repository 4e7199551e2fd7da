/**
 * Monthly reports as their readers meet them: the client's IT manager reads a published
 * report with tiles, trends and incident deadlines; staff review a draft the client can
 * never reach; the board gets a PDF.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { siteUrl, sitesDir } from './fixtures.ts';
import { wcagViolations } from './helpers/axe.ts';
import { pdfPagesText } from './helpers/pdf-text.ts';

const FIXTURE = 'reports';
const SEPTEMBER = '/clients/alpha-bank/reports/2026-09/';
const DRAFT = '/clients/alpha-bank/reports/2026-10/';

test.describe('a published report', () => {
  test('shows a tile per KPI with value, target, status in words and change', async ({ page }) => {
    await page.goto(`${siteUrl(FIXTURE, 'alpha-bank')}${SEPTEMBER}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Security report, September 2026',
    );
    const tiles = page.locator('.kpi-tile');
    await expect(tiles).toHaveCount(15);
    const patch = page.locator('.kpi-tile[data-kpi="patch_compliance_pct"]');
    await expect(patch).toContainText('97.6%');
    await expect(patch).toContainText('Target ≥ 97% (contract MSA-ALPHA-1 for Fixture Patching)');
    await expect(patch).toContainText('On target');
    await expect(patch).toContainText('vs Aug 2026');
    await expect(page.locator('.overall .badge')).toHaveText(/On target|Near target|Off target/);
  });

  test('draws twelve-month charts as inline SVG with a text alternative and the data', async ({
    page,
  }) => {
    await page.goto(`${siteUrl(FIXTURE, 'alpha-bank')}${SEPTEMBER}`);
    const charts = page.locator('figure.trend');
    await expect(charts).toHaveCount(8);
    const patch = page.locator('figure.trend', {
      has: page.locator('#trend-patch-compliance-pct-title'),
    });
    const svg = patch.locator('svg[role="img"]');
    await expect(svg.locator('title').first()).toHaveText('Patch compliance, last 12 months');
    await expect(svg.locator('desc')).toContainText('Patch compliance was 97.6% in September 2026');
    await expect(svg.locator('circle.point')).toHaveCount(12);
    await expect(svg.locator('.target line').first()).toBeAttached();
    await expect(patch.locator('figcaption')).toContainText('Target ≥ 97%');
    await patch.locator('summary').click();
    await expect(patch.locator('tbody tr')).toHaveCount(12);
    await expect(patch.locator('tbody tr').first()).toContainText('October 2025');
    // Build-time charts only: no script draws them and no style attribute colours them.
    expect(await page.locator('figure.trend [style]').count()).toBe(0);
  });

  test('lists incidents with every notification obligation, its citation and status', async ({
    page,
  }) => {
    await page.goto(`${siteUrl(FIXTURE, 'alpha-bank')}/clients/alpha-bank/reports/2026-06/`);
    const incident = page.locator('article.incident');
    await expect(incident).toContainText('INC-ALPHA-2606');
    const rows = incident.locator('table.obligations tbody tr');
    const provider = rows.and(incident.locator('[data-obligation="bank-service-provider"]'));
    await expect(provider).toContainText('Provider to its bank customer');
    await expect(provider).toContainText('12 CFR 304.24');
    await expect(provider).toContainText('As soon as possible');
    await expect(provider).toContainText('Met');
    const regulator = rows.and(incident.locator('[data-obligation="bank-regulator"]'));
    await expect(regulator).toContainText('36 hours');
    await expect(regulator).toContainText('12 CFR 304.23');
    await expect(regulator).toContainText('Met');
    const sar = rows.and(incident.locator('[data-obligation="sar-decision"]'));
    await expect(sar).toContainText('Not determined');
    await expect(incident.locator('.other-institutions')).toContainText('12 CFR 748.1(c)');

    await page.goto(`${siteUrl(FIXTURE, 'gamma-cu')}/clients/gamma-cu/reports/2026-09/`);
    const ncua = page.locator('table.obligations [data-obligation="ncua"]');
    await expect(ncua).toContainText('Credit union to NCUA');
    await expect(ncua).toContainText('12 CFR 748.1(c)');
    await expect(ncua).toContainText('Late');
    await expect(ncua).toContainText('6 h late');
  });

  test('stacks each obligation as a card at 390 px, with nothing wider than the screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${siteUrl(FIXTURE, 'alpha-bank')}/clients/alpha-bank/reports/2026-06/`);
    const table = page.locator('table.obligations');
    await expect(table.locator('thead')).toBeHidden();
    const regulator = table.locator('[data-obligation="bank-regulator"]');
    await expect(regulator.locator('td[data-label="Status"]')).toBeVisible();
    const width = await table.evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(390);
  });

  test('shows recommendations with their age, the sign-off and corrections', async ({ page }) => {
    await page.goto(`${siteUrl(FIXTURE, 'alpha-bank')}${SEPTEMBER}`);
    const rec = page.locator('#rec-offsite-restore-test');
    await expect(rec).toContainText('Carried forward 3 months');
    await expect(rec).toContainText('Overdue');
    await expect(page.locator('.meta')).toContainText('Rita Reviewer');
    await page.goto(`${siteUrl(FIXTURE, 'alpha-bank')}/clients/alpha-bank/reports/2026-03/`);
    await expect(page.locator('.corrections')).toContainText(
      'The SLA figure first counted a ticket closed in April.',
    );
  });

  test('lists the archive by year, newest first, with each month’s status', async ({ page }) => {
    await page.goto(`${siteUrl(FIXTURE, 'alpha-bank')}/clients/alpha-bank/reports/`);
    await expect(page.locator('main h2')).toHaveText(['2026', '2025']);
    const months = page.locator('table.archive tbody th');
    await expect(months.first()).toHaveText('September 2026');
    await expect(page.locator('table.archive tbody tr').first().locator('.badge')).toHaveText(
      /On target|Near target|Off target/,
    );
    await expect(page.getByText('Drafts (staff only)')).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${siteUrl(FIXTURE, 'alpha-bank')}/clients/alpha-bank/reports/2026-06/`);
      expect(await wcagViolations(page)).toEqual([]);
    });
  }
});

test.describe('a draft report', () => {
  test('never reaches the client’s folder', async () => {
    const client = join(sitesDir(FIXTURE), 'alpha-bank');
    expect(existsSync(join(client, 'clients/alpha-bank/reports/2026-09/index.html'))).toBe(true);
    expect(existsSync(join(client, 'clients/alpha-bank/reports/2026-10'))).toBe(false);
    expect(
      existsSync(join(sitesDir(FIXTURE), 'staff/clients/alpha-bank/reports/2026-10/index.html')),
    ).toBe(true);
    // Nothing of the draft anywhere in the folder, its search index included (fragments are gzip).
    const { gunzipSync } = await import('node:zlib');
    for (const file of await readdir(client, { recursive: true })) {
      const path = join(client, file);
      if (!/\.(html|js|json|xml|txt|pf_fragment|pf_index|pf_meta)$/.test(file)) continue;
      let bytes = await readFile(path);
      if (/\.pf_/.test(file)) bytes = gunzipSync(bytes.subarray(0));
      expect(bytes.toString('latin1'), file).not.toContain('Alphadraft-canary-phrase');
      expect(bytes.toString('latin1'), file).not.toContain('/reports/2026-10/');
    }
  });

  test('answers 404 on the client’s host', async ({ page }) => {
    const response = await page.goto(`${siteUrl(FIXTURE, 'alpha-bank')}${DRAFT}`);
    expect(response?.status()).toBe(404);
  });

  test('is there for staff, under a DRAFT banner, and listed as a staff-only draft', async ({
    page,
  }) => {
    const response = await page.goto(`${siteUrl(FIXTURE, 'staff')}${DRAFT}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('.draft-banner')).toContainText('DRAFT');
    await expect(page.locator('.draft-banner')).toContainText(
      'Only provider staff can see this page',
    );
    await page.goto(`${siteUrl(FIXTURE, 'staff')}/clients/alpha-bank/reports/`);
    await expect(page.locator('.drafts')).toContainText('October 2026');
  });
});

test.describe('the PDF', () => {
  test('is board-ready: the client’s name, more than one page, links to the real host, the same bytes twice', async () => {
    test.setTimeout(120_000);
    const out = await mkdtemp(join(tmpdir(), 'tandem-pdf-e2e-'));
    try {
      const run = (dir: string) =>
        spawnSync(
          process.execPath,
          [
            'src/cli/tandem.ts',
            'pdf',
            '--client',
            'alpha-bank',
            '--month',
            '2026-06',
            '--matrix',
            '--sites',
            sitesDir(FIXTURE),
            '--out',
            join(out, dir),
            '--base-url',
            'https://portal.example.test',
          ],
          {
            encoding: 'utf8',
            env: {
              ...process.env,
              TANDEM_CONTENT: resolve('tests/fixtures', FIXTURE),
              TANDEM_TODAY: '2026-11-26',
              NO_COLOR: '1',
            },
          },
        );
      const first = run('a');
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/alpha-bank-security-report-2026-06\.pdf: \d+ pages/);
      const report = await readFile(join(out, 'a', 'alpha-bank-security-report-2026-06.pdf'));
      const pages = pdfPagesText(report);
      expect(pages.length).toBeGreaterThan(1);
      const compact = (s: string) => s.replace(/\s+/g, '');
      // The running header names the client and the period on every page, with page numbers.
      for (const [i, text] of pages.entries()) {
        expect(compact(text)).toContain('AlphaCanaryBank');
        expect(compact(text)).toContain('Securityreport,June2026');
        expect(compact(text)).toContain(`Page${i + 1}of${pages.length}`);
      }
      // No navigation chrome: the site header's search box and footer contacts are not printed.
      // The site footer is not printed; the report's own contact block is, once, at the end.
      const all = compact(pages.join(' '));
      expect(all.split('402-555-0100').length - 1).toBe(1);
      // (Chromium writes "fi" as a ligature, so the e-mail address is matched by its start.)
      expect(all.split('help@').length - 1).toBe(1);
      expect(compact(pages.at(-1)!)).toContain('HowtoreachFixturePartners');
      expect(compact(pages.at(-1)!)).toContain('Escalationladder');
      const matrix = await readFile(join(out, 'a', 'alpha-bank-responsibility-matrix-v1.1.pdf'));
      expect(pdfPagesText(matrix).length).toBeGreaterThan(0);

      // The page counts the command prints are the ones a PDF reader finds.
      for (const name of [
        'alpha-bank-security-report-2026-06.pdf',
        'alpha-bank-responsibility-matrix-v1.1.pdf',
      ]) {
        const printed = new RegExp(`${name.replace(/\./g, '\\.')}: (\\d+) pages`).exec(
          first.stdout,
        );
        const info = spawnSync('pdfinfo', [join(out, 'a', name)], { encoding: 'utf8' });
        test.skip(info.error !== undefined, 'pdfinfo (poppler-utils) is not installed');
        expect(Number(printed?.[1]), name).toBe(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]));
      }
      // Every link into the portal points at the client's real host, never at the preview.
      const uris = [...matrix.toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
      expect(uris.length).toBeGreaterThan(0);
      for (const uri of uris.filter((u) => !/^(mailto|tel):/.test(u)))
        expect(uri).toMatch(/^https:\/\/alpha-bank\.portal\.example\.test\//);
      expect(matrix.toString('latin1')).not.toContain('localhost');

      expect(run('b').status).toBe(0);
      expect(
        (await readFile(join(out, 'b', 'alpha-bank-security-report-2026-06.pdf'))).equals(report),
      ).toBe(true);
      expect(
        (await readFile(join(out, 'b', 'alpha-bank-responsibility-matrix-v1.1.pdf'))).equals(
          matrix,
        ),
      ).toBe(true);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  test('without a base URL prints links to the portal as text, never to the preview server', async () => {
    test.setTimeout(120_000);
    const out = await mkdtemp(join(tmpdir(), 'tandem-pdf-e2e-'));
    // The fixture names its portal's address (its feeds need one); a copy without it.
    const content = join(out, 'content');
    await cp(resolve('tests/fixtures', FIXTURE), content, { recursive: true });
    const provider = join(content, 'provider.yaml');
    await writeFile(
      provider,
      (await readFile(provider, 'utf8')).replace(/^site:\n(?:[ #].*(?:\n|$))*/m, ''),
    );
    expect(await readFile(provider, 'utf8')).not.toContain('base_url');
    try {
      const result = spawnSync(
        process.execPath,
        [
          'src/cli/tandem.ts',
          'pdf',
          '--client',
          'alpha-bank',
          '--matrix',
          '--sites',
          sitesDir(FIXTURE),
          '--out',
          out,
        ],
        {
          encoding: 'utf8',
          env: {
            ...process.env,
            TANDEM_CONTENT: content,
            TANDEM_TODAY: '2026-11-26',
            NO_COLOR: '1',
          },
        },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('portal links print as text');
      const matrix = await readFile(join(out, 'alpha-bank-responsibility-matrix-v1.1.pdf'));
      const uris = [...matrix.toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
      expect(uris.filter((u) => /^https?:/.test(u))).toEqual([]);
      expect(matrix.toString('latin1')).not.toContain('localhost');
      // The link text is still there to read.
      expect(pdfPagesText(matrix).join(' ').replace(/\s+/g, '')).toContain('Monitoring');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
