import { expect, test } from '@playwright/test';
import { siteUrl } from './fixtures.ts';
import { wcagViolations } from './helpers/axe.ts';

/** One page of every type, in the audience that normally reads it. */
const pages: Array<[audience: string, path: string]> = [
  ['staff', '/'],
  ['staff', '/clients/'],
  ['staff', '/matrix/'],
  ['staff', '/policies/'],
  ['staff', '/runbooks/'],
  ['staff', '/runbooks/credential-rotation/'],
  ['staff', '/frameworks/'],
  ['staff', '/frameworks/fixture-fw/'],
  ['staff', '/clients/alpha-bank/reports/2026-10/'],
  ['alpha-bank', '/clients/alpha-bank/'],
  ['alpha-bank', '/clients/alpha-bank/matrix/'],
  ['alpha-bank', '/clients/alpha-bank/matrix/parties/'],
  ['alpha-bank', '/clients/alpha-bank/services/'],
  ['alpha-bank', '/clients/alpha-bank/policies/'],
  ['alpha-bank', '/clients/alpha-bank/policies/alpha-isp/'],
  ['alpha-bank', '/clients/alpha-bank/reports/'],
  ['alpha-bank', '/clients/alpha-bank/reports/2026-09/'],
  ['alpha-bank', '/services/'],
  ['alpha-bank', '/services/monitoring/'],
  ['alpha-bank', '/policies/security-policy/'],
  ['alpha-bank', '/runbooks/restore-drill/'],
  ['alpha-bank', '/clients/alpha-bank/due-diligence/'],
  ['alpha-bank', '/clients/alpha-bank/changes/'],
  ['alpha-bank', '/clients/alpha-bank/acknowledgements/matrix/'],
  ['beta-clinic', '/clients/beta-clinic/due-diligence/summary/'],
  ['alpha-bank', '/search/?q=fixture'],
  ['alpha-bank', '/404.html'],
];

for (const scheme of ['light', 'dark'] as const) {
  for (const [audience, path] of pages) {
    test(`${audience} ${path} has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${siteUrl('basic', audience)}${path}`);
      if (path.startsWith('/search/'))
        await expect(page.locator('.search-result').first()).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  }
}
