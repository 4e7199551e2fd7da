/**
 * Renders a content tree with Astro WITHOUT the content check first, the way a build would
 * run if the check were skipped or bypassed, and prints the outcome as one JSON line:
 * `node tests/integration/hostile/render-runner.ts <content> <out>`. The render guard
 * (src/lib/content/mdx-render-guard.ts) must refuse hostile MDX on its own.
 */
import { renderSite } from '../../../src/build/render.ts';

const [contentRoot, outDir] = process.argv.slice(2);
try {
  await renderSite({ projectRoot: process.cwd(), contentRoot: contentRoot!, outDir: outDir! });
  process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
} catch (err) {
  process.stdout.write(`${JSON.stringify({ ok: false, message: (err as Error).message })}\n`);
}
