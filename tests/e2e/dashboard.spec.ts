/** The staff home as staff meet it: what is overdue, missing or open, and where to go. */
import { expect, test, type Page } from '@playwright/test';
import { siteUrl } from './fixtures.ts';
import { wcagViolations } from './helpers/axe.ts';

const FIXTURE = 'evidence';

/** Opens the staff home and proves it is what loaded: no redirect, the staff folder's root. */
async function openDashboard(page: Page): Promise<void> {
  const home = `${siteUrl(FIXTURE, 'staff')}/`;
  const response = await page.goto(home);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(home);
}

test.describe('staff dashboard', () => {
  test('lists a policy whose review is overdue, flagged and linked', async ({ page }) => {
    await openDashboard(page);
    const item = page.locator('#policies ~ ul li[data-policy="change-policy"]');
    await expect(item).toHaveAttribute('data-due', 'overdue');
    await expect(item).toContainText('Overdue by 42 days');
    await item.getByRole('link', { name: 'Fixture Change Policy' }).click();
    await expect(page).toHaveURL(/\/policies\/change-policy\/$/);
    await expect(page.locator('main')).toContainText('Overdue by 42 days');
  });

  test('counts what is overdue on its tiles', async ({ page }) => {
    await openDashboard(page);
    await expect(page.locator('[data-count="policies"]')).toHaveText('2');
    await expect(page.locator('[data-count="runbooks"]')).toHaveText('2');
    await expect(page.locator('[data-count="reports"]')).toHaveText('1');
  });

  test("links each client's open evidence gaps to its binders", async ({ page }) => {
    await openDashboard(page);
    const alpha = page.locator('tr[data-client="alpha-bank"]');
    await expect(alpha.locator('[data-evidence-gaps]')).toHaveAttribute('data-evidence-gaps', '2');
    await alpha.getByRole('link', { name: 'FIX2' }).click();
    await expect(page).toHaveURL(/\/clients\/alpha-bank\/evidence\/fixture-two\/$/);
  });

  test('is not published to any client', async ({ page }) => {
    const client = siteUrl(FIXTURE, 'alpha-bank');
    const response = await page.goto(client + '/');
    // A client's root redirects to its own home, never to the staff dashboard.
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(`${client}/clients/alpha-bank/`);
    await expect(page.locator('h1')).toHaveText('Alpha Canary Bank');
    await expect(page.locator('[data-count]')).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openDashboard(page);
      expect(await wcagViolations(page)).toEqual([]);
    });
  }
});
