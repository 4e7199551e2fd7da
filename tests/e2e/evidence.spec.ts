/**
 * The evidence binder as its readers meet it: a client's compliance officer checks the
 * totals against the rows, prints it for an examiner and downloads the CSV; staff see the
 * staff-only evidence the client's copy never carries.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { siteUrl, sitesDir } from './fixtures.ts';
import { wcagViolations } from './helpers/axe.ts';
import { pdfPagesText } from './helpers/pdf-text.ts';

const FIXTURE = 'evidence';
const STATUSES = ['operating', 'designed', 'gap', 'not-applicable', 'exception'];
const binderPath = '/clients/alpha-bank/evidence/fixture-fw/';

async function rowsByStatus(page: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const status of STATUSES) {
    counts[status] = await page.locator(`table.binder tr[data-status="${status}"]`).count();
  }
  return counts;
}

async function totals(page: Page): Promise<Record<string, number>> {
  const read = async (status: string) =>
    Number(await page.locator(`[data-binder-totals] [data-total="${status}"]`).first().innerText());
  const out: Record<string, number> = {};
  for (const status of STATUSES) out[status] = await read(status);
  return out;
}

test.describe('a client reads its evidence binder', () => {
  test('the totals at the top match the rows, status by status', async ({ page }) => {
    await page.goto(siteUrl(FIXTURE, 'alpha-bank') + binderPath);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Fixture Framework');
    const rows = await rowsByStatus(page);
    expect(await totals(page)).toEqual(rows);
    expect(rows).toEqual({ operating: 1, designed: 4, gap: 1, 'not-applicable': 0, exception: 1 });
    const all = await page.locator('table.binder tr[data-status]').count();
    expect(Number(await page.locator('[data-total="total"]').first().innerText())).toBe(all);
  });

  test('shows what to look at on a designed control and who is Responsible', async ({ page }) => {
    await page.goto(siteUrl(FIXTURE, 'alpha-bank') + binderPath);
    const pro2 = page.locator('tr#c-pro-2');
    await expect(pro2).toHaveAttribute('data-status', 'designed');
    await expect(pro2).toContainText('Fixture Change Policy: review was due');
    await expect(pro2).toContainText('Vic Corevendor');
  });

  test("keeps staff-only evidence out of the client's copy but shows it to staff", async ({
    page,
  }) => {
    await page.goto(siteUrl(FIXTURE, 'alpha-bank') + binderPath);
    await expect(page.locator('tr#c-pro-1')).toHaveAttribute('data-status', 'gap');
    await expect(page.locator('tr#c-pro-1')).not.toContainText('Credential');
    await page.goto(siteUrl(FIXTURE, 'staff') + binderPath);
    await expect(page.locator('tr#c-pro-1')).toContainText(
      'Fixture Technician Credential Handling',
    );
    await expect(page.locator('tr#c-pro-1')).toHaveAttribute('data-status', 'gap');
  });

  test('downloads the binder as CSV with one row per control on the page', async ({ page }) => {
    await page.goto(siteUrl(FIXTURE, 'alpha-bank') + binderPath);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as CSV' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    const records = parse(text) as string[][];
    const domRows = await page.locator('table.binder tr[data-status]').count();
    expect(records.length - 1).toBe(domRows);
    const domIds = await page.locator('table.binder tr[data-status] th code').allInnerTexts();
    expect(records.slice(1).map((r) => r[2])).toEqual(domIds);
  });

  test('lists every framework the client is under, each with its totals', async ({ page }) => {
    await page.goto(siteUrl(FIXTURE, 'alpha-bank') + '/clients/alpha-bank/evidence/');
    await expect(page.getByRole('link', { name: 'Fixture Framework', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Second Fixture Framework' })).toBeVisible();
  });

  test("is not in another client's folder", async ({ page }) => {
    const response = await page.goto(siteUrl(FIXTURE, 'beta-clinic') + binderPath);
    expect(response?.status()).toBe(404);
    const files = join(sitesDir(FIXTURE), 'beta-clinic', 'clients');
    await expect(readFile(join(files, 'alpha-bank/evidence/fixture-fw.csv'))).rejects.toThrow();
  });
});

test.describe('the printed binder', () => {
  test('prints landscape with a page number on every page', async ({ page }) => {
    await page.goto(siteUrl(FIXTURE, 'alpha-bank') + binderPath);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const [width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/
      .exec(pdf.toString('latin1'))!
      .slice(1)
      .map(Number);
    expect(width!).toBeGreaterThan(height!);
    const pages = pdfPagesText(pdf);
    for (const [i, text] of pages.entries()) {
      expect(text.replace(/\s+/g, '')).toContain(`Page${i + 1}of${pages.length}`);
    }
  });
});

test.describe('binder accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of [
      binderPath,
      '/clients/alpha-bank/evidence/',
      '/clients/alpha-bank/evidence/records/',
      '/clients/alpha-bank/board/2025/',
    ]) {
      test(`${path} has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(siteUrl(FIXTURE, 'alpha-bank') + path);
        expect(await wcagViolations(page)).toEqual([]);
      });
    }
  }
});

test.describe('archived policy versions', () => {
  test('a superseded version is listed on the policy and readable under a banner', async ({
    page,
  }) => {
    await page.goto(siteUrl(FIXTURE, 'beta-clinic') + '/policies/security-policy/');
    await page.getByRole('link', { name: 'Version 1.0' }).click();
    await expect(page).toHaveURL(/\/policies\/security-policy\/versions\/1\.0\/$/);
    await expect(page.getByRole('note')).toContainText('Superseded');
    await expect(page.locator('main')).toContainText('Oldversion-canary');
    await page
      .getByRole('link', { name: /Fixture Information Security Policy, version 2\.0/ })
      .click();
    await expect(page).toHaveURL(/\/policies\/security-policy\/$/);
  });
});

test.describe('dated evidence, exceptions and the board report', () => {
  const records = '/clients/alpha-bank/evidence/records/';
  const attachment = '/clients/alpha-bank/evidence/files/2026/risk-assessment-2026.csv';

  test('a binder row is Operating on a signed record and links the record', async ({ page }) => {
    await page.goto(siteUrl(FIXTURE, 'alpha-bank') + binderPath);
    const gov2 = page.locator('tr#c-gov-2');
    await expect(gov2).toHaveAttribute('data-status', 'operating');
    await gov2.getByRole('link', { name: 'Risk assessment' }).click();
    await expect(page).toHaveURL(/\/evidence\/records\/#r-2026-risk-assessment-2026-09-30$/);
    await expect(page.locator('#r-2026-risk-assessment-2026-09-30')).toContainText(
      'Lee Alphaleader',
    );
    await expect(page.locator('tr#c-awr-1')).toHaveCount(0);
  });

  test('the attachment sits in the folder with the SHA-256 the page shows', async ({ page }) => {
    await page.goto(siteUrl(FIXTURE, 'alpha-bank') + records);
    const card = page.locator('#r-2026-risk-assessment-2026-09-30');
    const shown = (await card.locator('code').innerText()).trim();
    expect(
      await card.getByRole('link', { name: 'Signed assessment sheet' }).getAttribute('href'),
    ).toBe(attachment);
    const bytes = await readFile(join(sitesDir(FIXTURE), 'alpha-bank', attachment));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(shown);
  });

  test("an attachment never reaches another client's folder", async ({ page }) => {
    expect((await page.goto(siteUrl(FIXTURE, 'beta-clinic') + attachment))?.status()).toBe(404);
    await expect(readFile(join(sitesDir(FIXTURE), 'beta-clinic', attachment))).rejects.toThrow();
    // Staff get the very same file the client does.
    expect(await readFile(join(sitesDir(FIXTURE), 'staff', attachment))).toEqual(
      await readFile(join(sitesDir(FIXTURE), 'alpha-bank', attachment)),
    );
  });

  test("the client's home lists its exceptions with their state", async ({ page }) => {
    await page.goto(siteUrl(FIXTURE, 'alpha-bank') + '/clients/alpha-bank/');
    const row = page.locator('tr[data-exception="exc-awareness"]');
    await expect(row).toHaveAttribute('data-state', 'expiring');
    await expect(row).toContainText('Lee Alphaleader');
  });

  test('the staff dashboard lists exceptions expiring within 30 days', async ({ page }) => {
    await page.goto(siteUrl(FIXTURE, 'staff') + '/');
    const item = page.locator('[data-exception-watch] li[data-exception="exc-awareness"]');
    await expect(item).toHaveAttribute('data-state', 'expiring');
    await item.getByRole('link').click();
    await expect(page).toHaveURL(/\/clients\/alpha-bank\/evidence\/records\/#x-exc-awareness$/);
  });

  test('the published board report names the rule each section answers', async ({ page }) => {
    await page.goto(siteUrl(FIXTURE, 'alpha-bank') + '/clients/alpha-bank/evidence/');
    await page.getByRole('link', { name: '2025', exact: true }).click();
    await expect(page).toHaveURL(/\/clients\/alpha-bank\/board\/2025\/$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
    const sections = page.locator('section[data-section]');
    await expect(sections).toHaveCount(7);
    for (const text of await sections.locator('.answers').allInnerTexts()) {
      expect(text).toContain('12 CFR 364 App. B III.F');
    }
  });

  test('a draft board report is for staff only', async ({ page }) => {
    const path = '/clients/alpha-bank/board/2026/';
    expect((await page.goto(siteUrl(FIXTURE, 'alpha-bank') + path))?.status()).toBe(404);
    await page.goto(siteUrl(FIXTURE, 'staff') + path);
    await expect(page.getByRole('note')).toContainText('DRAFT');
    await expect(page.locator('main')).toContainText('Draft-board-canary');
  });

  test('the board report reads at 390 px and prints with the summary on page one', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(siteUrl(FIXTURE, 'alpha-bank') + '/clients/alpha-bank/board/2025/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const pdf = await page.pdf({ format: 'Letter' });
    const pages = pdfPagesText(pdf);
    const first = pages[0]!.replace(/\s+/g, '');
    expect(first).toContain('Summary');
    expect(first).not.toContain('Resultsoftesting');
    expect(pages.map((p) => p.replace(/\s+/g, '')).join('')).toContain('Resultsoftesting');
  });

  test('the examiner package page is staff only', async ({ page }) => {
    const path = '/clients/alpha-bank/exam/';
    expect((await page.goto(siteUrl(FIXTURE, 'alpha-bank') + path))?.status()).toBe(404);
    await page.goto(siteUrl(FIXTURE, 'staff') + path);
    await expect(page.locator('main')).toContainText('evidence/2026/risk-assessment-2026.csv');
  });
});
