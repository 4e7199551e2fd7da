import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { siteUrl } from './fixtures.ts';

const matrixUrl = () => `${siteUrl('basic', 'alpha-bank')}/clients/alpha-bank/matrix/`;

test('filtering to the provider shows only rows where the provider has a letter', async ({
  page,
}) => {
  await page.goto(matrixUrl());
  const rows = page.locator('#matrix-table tbody tr[id]');
  await expect(rows).toHaveCount(6);
  await page.getByLabel('Party').selectOption({ label: 'Fixture Partners' });
  const visible = page.locator('#matrix-table tbody tr[id]:visible');
  const ids = await visible.evaluateAll((trs) => trs.map((tr) => tr.id));
  // The provider has a letter on every row except the one alpha-bank does not subscribe to.
  expect(ids).toEqual([
    'a-approve-security-program',
    'a-plan-it-strategy',
    'a-watch-alerts',
    'a-apply-patches',
    'a-patch-core-system',
  ]);
  for (const id of ids) {
    // What the reader sees in the provider's column, not only what the filter reads.
    const column = (await page.locator('#matrix-table thead th.col-party').allTextContents()).map(
      (t) => t.trim(),
    );
    // innerText: what is rendered (the party name shown on phone cards is hidden here).
    const cells = await page.locator(`#${id} td.col-party`).allInnerTexts();
    expect(cells[column.indexOf('Provider')]?.replace(/\s+/g, ' ').trim(), id).toMatch(/^[RACI]/);
    expect(await page.locator(`#${id}`).getAttribute('data-p-provider'), id).toMatch(/^[RACI]+$/);
  }
  await expect(page.locator('.matrix-count')).toHaveText('Showing 5 of 6 activities');
  await page.getByLabel('Letter').selectOption('A');
  await expect(page.locator('#matrix-table tbody tr[id]:visible')).toHaveCount(1);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page.locator('#matrix-table tbody tr[id]:visible')).toHaveCount(6);
});

test('without JavaScript the whole matrix is readable and the filters stay hidden', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(matrixUrl());
  await expect(page.locator('#matrix-table tbody tr[id]')).toHaveCount(6);
  await expect(page.locator('form.matrix-filters')).toBeHidden();
  await context.close();
});

test('the CSV download parses to the same rows and letters as the page', async ({ page }) => {
  await page.goto(matrixUrl());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSV' }).click(),
  ]);
  const records: string[][] = parse(await readFile((await download.path())!, 'utf8'));
  const [header, ...rows] = records;
  expect(header!.slice(0, 9)).toEqual([
    'Domain',
    'Activity ID',
    'Activity',
    'Frequency',
    'Service',
    'Client internal IT',
    'Fixture Partners',
    'Third-party vendor',
    'Client leadership',
  ]);
  const fromPage = await page
    .locator('#matrix-table tbody tr[id]')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.id.slice(2),
        tr.getAttribute('data-p-internal-it'),
        tr.getAttribute('data-p-provider'),
        tr.getAttribute('data-p-vendor'),
        tr.getAttribute('data-p-leadership'),
      ]),
    );
  expect(rows.map((r) => [r[1], r[5], r[6], r[7], r[8]])).toEqual(fromPage);
  // The letters a reader sees in each cell are the CSV's letters, column by column.
  const shown = await page
    .locator('#matrix-table tbody tr[id]')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.id.slice(2),
        ...[...tr.querySelectorAll('td.col-party')].map((td) =>
          [...td.querySelectorAll('abbr.letter')].map((a) => a.textContent?.trim()).join(''),
        ),
      ]),
    );
  expect(rows.map((r) => [r[1], r[5], r[6], r[7], r[8]])).toEqual(shown);
  // matrix.json carries the same letters.
  const json = (await page.evaluate(async () =>
    (await fetch('/clients/alpha-bank/matrix.json')).json(),
  )) as {
    activities: Array<{ activity_id: string; letters: Record<string, string> }>;
  };
  expect(
    json.activities.map((a) => [
      a.activity_id,
      a.letters['internal-it'],
      a.letters.provider,
      a.letters.vendor,
      a.letters.leadership,
    ]),
  ).toEqual(rows.map((r) => [r[1], r[5], r[6], r[7], r[8]]));
  const core = rows.find((r) => r[1] === 'patch-core-system')!;
  expect(core[header!.indexOf('Provenance')]).toBe('override');
  expect(core[header!.indexOf('Override reason')]).toMatch(/only the vendor patches/);
});
