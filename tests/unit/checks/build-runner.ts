/**
 * Runs `buildSites` (src/build/pipeline.ts) in its own Node process and prints the outcome
 * as one JSON line. Astro's build cannot run inside Vitest's module runner, so tests
 * spawn this instead: `node tests/unit/checks/build-runner.ts <content> <out> <today>`.
 */
import { BuildError, buildSites } from '../../../src/build/pipeline.ts';

const [contentRoot, outDir, today] = process.argv.slice(2);
try {
  const summary = await buildSites({
    projectRoot: process.cwd(),
    contentRoot: contentRoot!,
    outDir: outDir!,
    today: today!,
  });
  process.stdout.write(`${JSON.stringify({ ok: true, pages: summary.pagesRendered })}\n`);
} catch (err) {
  if (!(err instanceof BuildError)) throw err;
  process.stdout.write(
    `${JSON.stringify({ ok: false, phase: err.phase, message: err.message, problems: err.problems, issues: err.issues })}\n`,
  );
}
