import { expect, test } from '@playwright/test';
import { siteUrl } from './fixtures.ts';

const alpha = () => siteUrl('basic', 'alpha-bank');

test.describe("a client's IT manager", () => {
  test('opens their home, their matrix and their latest report', async ({ page }) => {
    await page.goto(`${alpha()}/`);
    await expect(page).toHaveURL(/\/clients\/alpha-bank\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alpha Canary Bank');
    await expect(page.locator('body')).not.toContainText('Beta Canary Clinic');
    await expect(page.locator('body')).not.toContainText('Staff view');

    await page
      .getByRole('navigation', { name: 'Alpha Canary Bank' })
      .getByRole('link', { name: 'Responsibilities' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Responsibility matrix');
    await expect(page.locator('#a-patch-core-system')).toContainText(
      'only the vendor patches the core host',
    );

    await page.goto(`${alpha()}/clients/alpha-bank/`);
    await page.getByRole('link', { name: 'September 2026' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Security report, September 2026',
    );
    await expect(page.locator('main')).toContainText('Alpha-secret-canary-phrase for September');
    await expect(page.locator('.draft-banner')).toHaveCount(0);
  });

  test("gets 404 for another client's pages and for drafts on their host", async ({ page }) => {
    for (const path of [
      '/clients/beta-clinic/',
      '/clients/alpha-bank/reports/2026-10/',
      '/runbooks/credential-rotation/',
    ]) {
      const response = await page.goto(`${alpha()}${path}`);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    }
    const staff = await page.goto(
      `${siteUrl('basic', 'staff')}/clients/alpha-bank/reports/2026-10/`,
    );
    expect(staff?.status()).toBe(200);
    await expect(page.locator('.draft-banner')).toContainText('DRAFT');
  });

  test('shared pages carry the client navigation, not the staff one', async ({ page }) => {
    await page.goto(`${alpha()}/services/monitoring/`);
    const nav = page.getByRole('navigation', { name: 'Alpha Canary Bank' });
    await expect(nav.getByRole('link', { name: 'Services' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByRole('navigation', { name: 'Staff' })).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('Subscribed clients');
  });
});
