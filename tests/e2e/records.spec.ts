import { expect, test } from '@playwright/test';
import { siteUrl } from './fixtures.ts';

const base = () => `${siteUrl('basic', 'alpha-bank')}/clients/alpha-bank`;

test.describe('records at 390 px and on paper', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['/matrix/versions/1/', '/acknowledgements/matrix/', '/changes/', '/']) {
    test(`${path} fits a phone without sideways scrolling`, async ({ page }) => {
      await page.goto(`${base()}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the matrix shows its acknowledgement and links to the printable form', async ({ page }) => {
    await page.goto(`${base()}/matrix/`);
    await expect(page.locator('.ack-status')).toContainText('Acknowledged');
    await expect(page.locator('.ack-status')).toContainText('Ava Alphaadmin');
    await page.getByRole('link', { name: 'Printable acknowledgement form' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Responsibility matrix');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('code.hash')).toBeVisible();
    await expect(page.locator('.signatures .line')).toHaveCount(4);
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('the client home says what changed and links the feed', async ({ page }) => {
    await page.goto(`${base()}/`);
    await expect(page.locator('#what-changed')).toContainText('What changed since');
    await expect(page.locator('.what-changed li').first()).toBeVisible();
    // Fetched from the page, so the browser resolves the audience's *.localhost host name.
    const feed = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { ok: response.ok, text: await response.text() };
    }, `${base()}/feed.xml`);
    expect(feed.ok).toBe(true);
    expect(feed.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });
});
