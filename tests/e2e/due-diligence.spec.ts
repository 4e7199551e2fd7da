/** A client reads the provider's due-diligence kit; a client without an NDA never gets the SOC report. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { siteUrl, sitesDir } from './fixtures.ts';

const alpha = () => siteUrl('basic', 'alpha-bank');
const beta = () => siteUrl('basic', 'beta-clinic');
const PAGE = (client: string) => `/clients/${client}/due-diligence/`;

test.describe('the due-diligence kit', () => {
  test('a client opens it from its navigation and sees statuses that follow the dates', async ({
    page,
  }) => {
    await page.goto(`${alpha()}/clients/alpha-bank/`);
    await page
      .getByRole('navigation', { name: 'Alpha Canary Bank' })
      .getByRole('link', { name: 'Due diligence' })
      .click();
    await expect(page).toHaveURL(/\/clients\/alpha-bank\/due-diligence\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Due diligence on Fixture Partners',
    );
    const row = (id: string) => page.locator(`tr[data-item="${id}"]`);
    await expect(row('soc-report')).toContainText('Current');
    await expect(row('insurance')).toContainText('Expiring within 60 days');
    await expect(row('insurance')).toContainText('January 10, 2027');
    await expect(page.locator('[data-kit-status="expired"]')).toHaveCount(0);
    await expect(page.locator('tr[data-cuec="cuec-alerts"]')).toContainText('Gap');
    await expect(page.locator('tr[data-cuec="cuec-program"]')).toContainText('Ava Alphaadmin');
    await expect(page.locator('main')).toContainText('12 CFR 304.24');
    await expect(page.locator('main')).not.toContainText('45 CFR 164.410');
    await expect(page.locator('body')).not.toContainText('Beta Canary Clinic');
  });

  test('a client with an NDA downloads the SOC report', async ({ page }) => {
    await page.goto(`${alpha()}${PAGE('alpha-bank')}`);
    const link = page.getByRole('link', { name: 'Fixture SOC 2 report' });
    await expect(link).toHaveAttribute('href', '/due-diligence/files/soc-report.pdf');
    const fetched = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, start: (await response.text()).slice(0, 5) };
    }, '/due-diligence/files/soc-report.pdf');
    expect(fetched).toEqual({ status: 200, start: '%PDF-' });
  });

  test('a client without an NDA is told why, and its folder has no SOC report', async ({
    page,
  }) => {
    await page.goto(`${beta()}${PAGE('beta-clinic')}`);
    await expect(page.locator('#nda')).toContainText('No NDA on file');
    await expect(page.getByRole('link', { name: 'Fixture SOC 2 report' })).toHaveCount(0);
    await expect(page.locator('[data-document="soc-report.pdf"]')).toContainText(
      'Available once an NDA',
    );
    await expect(page.getByRole('link', { name: 'Fixture insurance certificate' })).toBeVisible();
    await expect(page.locator('main')).toContainText('45 CFR 164.410(b)');
    const status = await page.evaluate(
      async (url) => (await fetch(url)).status,
      '/due-diligence/files/soc-report.pdf',
    );
    expect(status).toBe(404);
    const files = await readdir(join(sitesDir('basic'), 'beta-clinic', 'due-diligence', 'files'));
    expect(files).toEqual(['certificate.pdf']);
  });

  test('staff see both clients’ pages and the dashboard flags the missing NDA and expiring cover', async ({
    page,
  }) => {
    await page.goto(`${siteUrl('basic', 'staff')}/`);
    const panel = page.locator('section[aria-labelledby="due-diligence"]');
    await expect(panel.locator('[data-kit-item="insurance"]')).toContainText(
      'Expiring within 60 days',
    );
    await expect(panel.locator('[data-nda-missing="beta-clinic"]')).toContainText(
      'Fixture SOC 2 report',
    );
    await expect(panel.locator('[data-nda-missing]')).toHaveCount(1);
    await panel.getByRole('link', { name: 'Beta Canary Clinic' }).click();
    await expect(page).toHaveURL(/\/clients\/beta-clinic\/due-diligence\/$/);
  });

  for (const path of [PAGE('beta-clinic'), `${PAGE('beta-clinic')}summary/`]) {
    test(`${path} fits a 390 px screen without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${beta()}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
    });
  }

  test('the summary prints on one or two Letter pages', async ({ page }) => {
    await page.goto(`${alpha()}${PAGE('alpha-bank')}summary/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    const pdf = await page.pdf({
      format: 'Letter',
      margin: { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' },
    });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
});
