/**
 * Child process of `npm run bench --baseline`: builds the bare site in the current
 * directory with Astro, runs Pagefind once over it, and prints one stats line.
 */
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { join } from 'node:path';

const started = performance.now();
await build({ root: process.cwd(), logLevel: 'error' });
const rendered = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index || errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
try {
  const added = await index.addDirectory({ path: join(process.cwd(), 'dist') });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(process.cwd(), 'dist', 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
} finally {
  await pagefind.close();
}
const done = performance.now();
process.stdout.write(
  `TANDEM_STATS ${JSON.stringify({
    totalMs: Math.round(done - started),
    phases: { render: Math.round(rendered - started), index: Math.round(done - rendered) },
    maxRssKiB: process.resourceUsage().maxRSS,
  })}\n`,
);
