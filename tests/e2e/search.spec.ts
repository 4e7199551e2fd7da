import { expect, test, type Page } from '@playwright/test';
import { siteUrl } from './fixtures.ts';

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

async function searchFor(page: Page, base: string, term: string) {
  await page.goto(`${base}/search/?q=${encodeURIComponent(term)}`);
  await expect(page.locator('.search-status')).not.toBeEmpty();
}

test('a staff member finds a runbook by a word in its body and opens it', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto(`${siteUrl('basic', 'staff')}/`);
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('zephyrvault');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=zephyrvault/);
  const result = page.locator('.search-result').first();
  await expect(result.locator('h2 a')).toHaveText('Fixture Credential Rotation');
  await expect(result.locator('mark')).toContainText('zephyrvault');
  await result.locator('h2 a').click();
  await expect(page).toHaveURL(/\/runbooks\/credential-rotation\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture Credential Rotation');
  expect(problems).toEqual([]);
});

test('Ctrl+K also focuses the search box', async ({ page }) => {
  await page.goto(`${siteUrl('basic', 'staff')}/services/`);
  await page.keyboard.press('Control+k');
  await expect(page.locator('#site-search')).toBeFocused();
});

/** Results whose title or excerpt contain `term`; Pagefind also returns looser matches. */
async function resultsMentioning(page: Page, term: string): Promise<string[]> {
  const texts = await page.locator('.search-result').allInnerTexts();
  return texts.filter((t) => t.toLowerCase().includes(term.toLowerCase()));
}

test("a client's search finds its own words and nothing of other clients or staff", async ({
  page,
}) => {
  const problems = watchConsole(page);
  const alpha = siteUrl('basic', 'alpha-bank');
  // Pagefind splits words at hyphens, so each canary is one distinctive word.
  await searchFor(page, alpha, 'Alphaprofile');
  await expect(page.locator('.search-result h2 a').first()).toHaveText('Alpha Canary Bank');
  expect(await resultsMentioning(page, 'Alphaprofile')).toHaveLength(1);
  await searchFor(page, alpha, 'September');
  await expect(
    page.locator('.search-result h2 a', { hasText: 'Security report, September 2026' }),
  ).toHaveAttribute('href', '/clients/alpha-bank/reports/2026-09/');
  for (const term of ['Betaprofile', 'Betatech', 'zephyrvault', 'Alphadraft', 'Staffpolicy']) {
    await searchFor(page, alpha, term);
    expect(await resultsMentioning(page, term), term).toEqual([]);
    const hrefs = await page
      .locator('.search-result h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      expect(href, term).not.toMatch(
        /\/clients\/beta-clinic\/|\/runbooks\/credential-rotation\/|\/reports\/2026-10\//,
      );
    }
  }
  // A runbook shared with this client is searchable here.
  await searchFor(page, alpha, 'quartzrestore');
  await expect(page.locator('.search-result h2 a').first()).toHaveText('Fixture Restore Drill');
  expect(problems).toEqual([]);
});

test('facets narrow results and reports can be listed newest first', async ({ page }) => {
  const staff = siteUrl('basic', 'staff');
  await searchFor(page, staff, 'fixture');
  await page.getByText('Filter results').click();
  const typeFacet = page.locator('.search-facets fieldset', { hasText: 'Type' });
  await typeFacet.locator('#f-type-Report').check();
  await expect(page).toHaveURL(/type=Report/);
  const links = page.locator('.search-result h2 a');
  await expect(links.first()).toHaveText(/Security report/);
  await page.getByLabel('Order').selectOption('newest');
  await expect(page).toHaveURL(/sort=newest/);
  const dates = await page.locator('.search-result-meta').allTextContents();
  const isoDates = dates.map((d) => /\d{4}-\d{2}-\d{2}/.exec(d)?.[0] ?? '');
  expect(isoDates).toEqual([...isoDates].sort().reverse());
  await expect(page.locator('.search-facets legend', { hasText: /^Client$/ })).toBeVisible();
  // Arriving with a filter in the address opens the filters with it applied.
  await page.goto(`${staff}/search/?q=fixture&type=Runbook`);
  await expect(page.locator('#f-type-Runbook')).toBeChecked();
  await expect(page.locator('.search-result-meta .badge').first()).toHaveText('Runbook');
});

test('a client folder offers no client facet', async ({ page }) => {
  await searchFor(page, siteUrl('basic', 'alpha-bank'), 'fixture');
  await page.getByText('Filter results').click();
  await expect(page.locator('.search-facets fieldset', { hasText: 'Type' })).toBeVisible();
  await expect(page.locator('.search-facets legend', { hasText: /^Client$/ })).toHaveCount(0);
});
