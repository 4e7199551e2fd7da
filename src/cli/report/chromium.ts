/**
 * Which Chromium Tandem drives and with which flags: the PDF printer, the benchmark and the
 * Playwright tests all launch it from here, so a page renders the same in each. No Playwright
 * import, so playwright.config.ts can read it too.
 */
import { existsSync } from 'node:fs';

/** Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined (Playwright's own). */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Launch flags: no sandbox (containers, CI), no GPU, and no background traffic or updates. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
