import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { SAMPLE, siteUrl, sitesDir } from './fixtures.ts';
import { pdfPagesText } from './helpers/pdf-text.ts';

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

test.describe('what changed, a page per month', () => {
  const sample = (client: string) => `${siteUrl(SAMPLE, client)}/clients/${client}`;

  test('the home links each month it shows; a month page lists its changes and links its neighbours', async ({
    page,
  }) => {
    await page.goto(`${sample('riverbend-cu')}/`);
    await page.getByRole('link', { name: 'All of November 2026' }).click();
    await expect(page).toHaveURL(/\/clients\/riverbend-cu\/changes\/2026-11\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('November 2026');
    // The runbook shared with riverbend-cu this month is listed, linked to the runbook.
    const shared = page.locator('.what-changed li[data-kind="runbook"]');
    await expect(shared).toContainText('Runbook shared: Credit Union Cyber Incident');
    await expect(shared.getByRole('link')).toHaveAttribute(
      'href',
      '/runbooks/credit-union-cyber-incident-72h/',
    );
    const nav = page.getByRole('navigation', { name: 'Other months' });
    await expect(nav.locator('a[rel="next"]')).toHaveCount(0);
    await nav.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(/\/changes\/2026-10\/$/);
    await expect(nav.locator('a[rel="next"]')).toHaveText('November 2026 →');
    await nav.getByRole('link', { name: 'Every month' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('What changed for');
    await expect(page.locator('.change-months li').first()).toContainText('November 2026');
  });

  test("a runbook shared with one client is in no other client's month page or feed", async ({
    page,
  }) => {
    await page.goto(`${sample('prairie-first-bank')}/changes/2026-11/`);
    await expect(page.locator('main')).not.toContainText('Credit Union Cyber Incident');
    await page.goto(`${sample('prairie-first-bank')}/changes/2026-10/`);
    await expect(page.locator('.what-changed li[data-kind="runbook"]')).toContainText(
      'Core Banking',
    );
    const feed = await page.evaluate(
      async (url) => (await fetch(url)).text(),
      `${sample('prairie-first-bank')}/feed.xml`,
    );
    expect(feed).not.toContain('credit-union-cyber-incident-72h');
  });
});

test.describe('the printed acknowledgement form', () => {
  test('is linked as a PDF that carries the hash, printed the same by npm run pdf', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`${base()}/acknowledgements/matrix/`);
    const hash = (await page.locator('code.hash').textContent())!.trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const link = page.getByRole('link', { name: 'Download this form as PDF' });
    const href = await link.getAttribute('href');
    expect(href).toBe(
      '/clients/alpha-bank/acknowledgements/matrix/alpha-bank-acknowledgement-matrix.pdf',
    );
    const served = Buffer.from(
      await page.evaluate(async (url) => {
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        return [...bytes].map((b) => String.fromCharCode(b)).join('');
      }, new URL(href!, page.url()).href),
      'latin1',
    );
    expect(served.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfPagesText(served).join(' ').replace(/\s+/g, '');
    expect(text).toContain(hash);
    expect(text).toContain('Signature:');

    // The home's list of documents waiting links the same PDF.
    await page.goto(`${base()}/`);
    const waiting = page.locator('section[aria-labelledby="ack-waiting"]');
    const policyPdf = waiting.getByRole('link', { name: 'form as PDF' }).first();
    await expect(policyPdf).toHaveAttribute(
      'href',
      '/clients/alpha-bank/acknowledgements/policy-alpha-isp/alpha-bank-acknowledgement-policy-alpha-isp.pdf',
    );
    const status = await page.evaluate(
      async (url) => (await fetch(url)).status,
      (await policyPdf.getAttribute('href'))!,
    );
    expect(status).toBe(200);

    // npm run pdf prints the same bytes, twice.
    const out = await mkdtemp(join(tmpdir(), 'tandem-ack-pdf-'));
    try {
      const run = (dir: string) =>
        spawnSync(
          process.execPath,
          [
            ...['src/cli/tandem.ts', 'pdf', '--client', 'alpha-bank', '--ack', 'matrix'],
            ...['--sites', sitesDir('basic'), '--out', join(out, dir)],
          ],
          {
            encoding: 'utf8',
            env: {
              ...process.env,
              TANDEM_CONTENT: resolve('tests/fixtures/basic'),
              TANDEM_TODAY: '2026-11-26',
              NO_COLOR: '1',
            },
          },
        );
      const first = run('a');
      expect(first.status, first.stderr).toBe(0);
      expect(run('b').status).toBe(0);
      const a = await readFile(join(out, 'a', 'alpha-bank-acknowledgement-matrix.pdf'));
      const b = await readFile(join(out, 'b', 'alpha-bank-acknowledgement-matrix.pdf'));
      expect(a.equals(b)).toBe(true);
      expect(a.equals(served)).toBe(true);
      const unknown = spawnSync(
        process.execPath,
        ['src/cli/tandem.ts', 'pdf', '--client', 'alpha-bank', '--ack', 'policy:nope'],
        {
          encoding: 'utf8',
          env: { ...process.env, TANDEM_CONTENT: resolve('tests/fixtures/basic') },
        },
      );
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('has no document "policy:nope"');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
