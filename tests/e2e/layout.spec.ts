/**
 * Every page right on a phone (390 px) and a laptop (1366 px): nothing wider than the
 * window, wide tables scrolling in their own labelled region, the matrix and binders as
 * cards on a phone with sticky column headings on a wide screen, filters kept in the URL.
 */
import { expect, test, type Page } from '@playwright/test';
import { SAMPLE, siteUrl } from './fixtures.ts';

/** One page of every type, in the audience that normally reads it. */
const pages: Array<[fixture: string, audience: string, path: string]> = [
  ['basic', 'staff', '/'],
  ['basic', 'staff', '/clients/'],
  ['basic', 'staff', '/matrix/'],
  ['basic', 'staff', '/policies/'],
  ['basic', 'staff', '/runbooks/'],
  ['basic', 'staff', '/runbooks/credential-rotation/'],
  ['basic', 'staff', '/frameworks/'],
  ['basic', 'staff', '/frameworks/fixture-fw/'],
  ['basic', 'staff', '/search/?q=fixture'],
  ['basic', 'alpha-bank', '/clients/alpha-bank/'],
  ['basic', 'alpha-bank', '/clients/alpha-bank/matrix/parties/'],
  ['basic', 'alpha-bank', '/clients/alpha-bank/services/'],
  ['basic', 'alpha-bank', '/clients/alpha-bank/policies/'],
  ['basic', 'alpha-bank', '/clients/alpha-bank/policies/alpha-isp/'],
  ['basic', 'alpha-bank', '/clients/alpha-bank/reports/'],
  ['basic', 'alpha-bank', '/services/'],
  ['basic', 'alpha-bank', '/services/monitoring/'],
  ['basic', 'alpha-bank', '/policies/security-policy/'],
  ['basic', 'alpha-bank', '/404.html'],
  ['evidence', 'alpha-bank', '/clients/alpha-bank/evidence/'],
  ['evidence', 'staff', '/policies/security-policy/versions/1.0/'],
  // The sample's long, wide pages: its matrix, a report with a table in its body, a binder.
  [SAMPLE, 'riverbend-cu', '/clients/riverbend-cu/matrix/'],
  [SAMPLE, 'riverbend-cu', '/clients/riverbend-cu/reports/2026-10/'],
  [SAMPLE, 'riverbend-cu', '/clients/riverbend-cu/evidence/ffiec-is/'],
  [SAMPLE, 'staff', '/matrix/'],
  // The pages this round added: records, obligations, evidence, the board, due diligence.
  [SAMPLE, 'riverbend-cu', '/clients/riverbend-cu/matrix/versions/'],
  [SAMPLE, 'riverbend-cu', '/clients/riverbend-cu/matrix/versions/2/'],
  [SAMPLE, 'riverbend-cu', '/clients/riverbend-cu/changes/'],
  [SAMPLE, 'riverbend-cu', '/clients/riverbend-cu/changes/2026-11/'],
  [SAMPLE, 'riverbend-cu', '/clients/riverbend-cu/acknowledgements/report-2026-10/'],
  [SAMPLE, 'riverbend-cu', '/clients/riverbend-cu/evidence/records/'],
  [SAMPLE, 'riverbend-cu', '/clients/riverbend-cu/board/2025/'],
  [SAMPLE, 'riverbend-cu', '/clients/riverbend-cu/due-diligence/'],
  [SAMPLE, 'riverbend-cu', '/clients/riverbend-cu/due-diligence/summary/'],
  [SAMPLE, 'staff', '/clients/prairie-first-bank/reports/2025-10/'],
  [SAMPLE, 'staff', '/clients/riverbend-cu/exam/'],
];

const MATRIX = () => `${siteUrl(SAMPLE, 'riverbend-cu')}/clients/riverbend-cu/matrix/`;
const BINDER = () => `${siteUrl(SAMPLE, 'riverbend-cu')}/clients/riverbend-cu/evidence/ffiec-is/`;

async function pageWidth(page: Page): Promise<{ scroll: number; inner: number }> {
  return page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
}

for (const width of [390, 1366]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });
    for (const [fixture, audience, path] of pages) {
      test(`${fixture} ${audience} ${path} is no wider than the window`, async ({ page }) => {
        const response = await page.goto(`${siteUrl(fixture, audience)}${path}`);
        expect(response?.status()).toBeLessThan(500);
        await page.waitForLoadState('networkidle');
        const { scroll, inner } = await pageWidth(page);
        expect(scroll).toBeLessThanOrEqual(inner);
      });
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a wide table scrolls inside its own labelled, focusable region', async ({ page }) => {
    await page.goto(`${siteUrl(SAMPLE, 'riverbend-cu')}/clients/riverbend-cu/reports/2026-10/`);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('table')]
        .filter((t) => t.scrollWidth > t.parentElement!.clientWidth || t.offsetWidth > innerWidth)
        .map((t) => {
          const region = t.closest('[role="region"]');
          return {
            label: region?.getAttribute('aria-label') ?? null,
            tabindex: region?.getAttribute('tabindex') ?? null,
          };
        }),
    );
    expect(wide.length).toBeGreaterThan(0);
    for (const region of wide) {
      expect(region.label).toBeTruthy();
      expect(region.tabindex).toBe('0');
    }
  });

  test('the matrix is one card per activity: the activity, then each party’s letters and people', async ({
    page,
  }) => {
    await page.goto(MATRIX());
    await expect(page.locator('table.matrix thead')).toBeHidden();
    const card = page.locator('table.matrix tr[id]').first();
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await expect(card.locator('.card-label').first()).toBeVisible();
    await expect(card.locator('.card-label', { hasText: 'Named people' })).toBeVisible();
    // The activity comes first, above the party letters.
    const activity = (await card.locator('th.col-activity').boundingBox())!;
    const party = (await card.locator('td.col-party').first().boundingBox())!;
    expect(activity.y).toBeLessThan(party.y);
    // The filters sit above the cards.
    const filters = (await page.locator('form.matrix-filters').boundingBox())!;
    expect(filters.y).toBeLessThan(box.y);
  });

  test('a binder is one card per control with its column names', async ({ page }) => {
    await page.goto(BINDER());
    await expect(page.locator('table.binder thead')).toBeHidden();
    const card = page.locator('table.binder tr.row').first();
    const box = (await card.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await expect(card.locator('.card-label', { hasText: 'Status' })).toBeVisible();
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1366, height: 800 } });

  for (const [name, url, table] of [
    ['matrix', MATRIX, 'table.matrix'],
    ['binder', BINDER, 'table.binder'],
  ] as const) {
    test(`the ${name}'s column headings stay in view after scrolling a long table`, async ({
      page,
    }) => {
      await page.goto(url());
      const head = page.locator(`${table} thead th`).first();
      const tableBox = (await page.locator(table).boundingBox())!;
      expect(tableBox.height).toBeGreaterThan(3000);
      await page.evaluate((y) => window.scrollTo(0, y), tableBox.y + 2500);
      await expect(head).toBeInViewport();
      const top = await head.evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThanOrEqual(2);
    });
  }
});

test('matrix filters live in the URL and survive reload and back', async ({ page }) => {
  await page.goto(MATRIX());
  const form = page.locator('form.matrix-filters');
  await form.locator('select[name="party"]').selectOption('provider');
  await form.locator('select[name="letter"]').selectOption('A');
  await expect(page).toHaveURL(/[?&]party=provider/);
  await expect(page).toHaveURL(/[?&]letter=A/);
  const count = await form.locator('output').textContent();
  expect(count).toMatch(/^Showing \d+ of \d+ activities$/);

  await page.reload();
  await expect(form.locator('select[name="party"]')).toHaveValue('provider');
  await expect(form.locator('select[name="letter"]')).toHaveValue('A');
  await expect(form.locator('output')).toHaveText(count!);

  await page.locator('a[href$="/matrix/parties/"]').first().click();
  await page.goBack();
  await expect(form.locator('select[name="letter"]')).toHaveValue('A');
  await expect(form.locator('output')).toHaveText(count!);

  await form.getByRole('button', { name: 'Show all' }).click();
  await expect(page).not.toHaveURL(/letter=/);
});

test('the binder’s status filter lives in the URL and survives reload', async ({ page }) => {
  await page.goto(BINDER());
  const form = page.locator('form.binder-filters');
  await form.locator('select[name="status"]').selectOption('designed');
  await expect(page).toHaveURL(/[?&]status=designed/);
  const rows = page.locator('table.binder tr.row:visible');
  const shown = await rows.count();
  expect(shown).toBeGreaterThan(0);
  for (const status of await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-status'))))
    expect(status).toBe('designed');

  await page.reload();
  await expect(form.locator('select[name="status"]')).toHaveValue('designed');
  await expect(rows).toHaveCount(shown);
});
