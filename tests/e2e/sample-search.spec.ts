/** Search across the sample's clients, as staff and as one client. */
import { expect, test } from '@playwright/test';
import { SAMPLE, siteUrl } from './fixtures.ts';

test('staff results for "security report october" name four different clients', async ({
  page,
}) => {
  await page.goto(`${siteUrl(SAMPLE, 'staff')}/search/?q=security+report+october`);
  const results = page.locator('.search-result');
  await expect(results.first()).toBeVisible();
  const metas = await page
    .locator('.search-result', { hasText: 'Security report, October 2026' })
    .locator('.search-result-meta')
    .allTextContents();
  const clients = new Set(
    metas
      .filter((m) => m.includes('October 2026'))
      .map((m) =>
        m
          .replace(/^\s*Report\s*/, '')
          .split(' · ')[0]!
          .trim(),
      ),
  );
  expect(clients).toEqual(
    new Set([
      'Cedar Row Wealth Advisors',
      'Prairie First Bank',
      'Riverbend Community Credit Union',
      'Sandhills Family Health',
    ]),
  );
  // Excerpts start at a word: never on a separator or the tail of a client's name.
  for (const excerpt of await page.locator('.search-result-excerpt').allTextContents())
    expect(excerpt.trim()).toMatch(/^(?:…\s|[\p{Lu}\p{N}“"(])/u);
});

test('a client’s search page carries the client’s name', async ({ page }) => {
  await page.goto(`${siteUrl(SAMPLE, 'riverbend-cu')}/search/?q=backup`);
  await expect(page).toHaveTitle('Search · Riverbend Community Credit Union');
  await expect(page.locator('.search-result').first()).toBeVisible();
});
