import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './src/cli/report/chromium.ts';

// Chromium and its flags as the PDF printer and the benchmark launch it.
const path = chromiumPath();

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
      args: CHROMIUM_ARGS,
    },
    acceptDownloads: true,
  },
});
