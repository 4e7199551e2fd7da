import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Chromium: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when present (CI and
 * these machines), else Playwright's own browser (a developer laptop after
 * `npx playwright install chromium`).
 */
function executablePath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const path = executablePath();

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      ...(path ? { executablePath: path } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    acceptDownloads: true,
  },
});
