/** `npm run build`: every phase with timings; a failure names the phase and keeps the old output. */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { styleText } from 'node:util';
import { BuildError, buildSites } from '../build/pipeline.ts';
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import { printProblems } from './output.ts';

export const buildHelp = `Usage: npm run build -- [--out <dir>]

Checks the content (TANDEM_CONTENT, default ./content), renders every page once, then
assembles one folder per audience under sites/ (sites/staff and sites/<client-id>),
each with its own search index, headers and SHA256SUMS. The previous output is only
replaced when every phase passes.

  --out <dir>   output folder (default: TANDEM_OUT or ./sites)
`;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Runs the build; returns the process exit code. */
export async function runBuildCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(buildHelp);
    return 0;
  }
  const outDir = resolve(values.out ?? process.env.TANDEM_OUT ?? 'sites');
  const started = performance.now();
  const stream = process.stdout;
  try {
    const summary = await buildSites({
      projectRoot: process.cwd(),
      contentRoot: contentRoot(),
      outDir,
      today: today(),
      onPhase: (phase, ms, text) =>
        stream.write(
          `${styleText('green', '✓', { stream })} ${phase.padEnd(8)} ${seconds(ms).padStart(7)}  ${text}\n`,
        ),
    });
    if (summary.warnings.length) printProblems(summary.warnings);
    const folders = [...summary.folders]
      .map(([name, files]) => `${name} (${files} files)`)
      .join(', ');
    const total = performance.now() - started;
    stream.write(
      `\nBuilt ${summary.pagesRendered} pages into ${outDir} in ${seconds(total)}: ${folders}\n`,
    );
    if (process.env.TANDEM_STATS) {
      // One machine-readable line for `npm run bench`; maxRSS is this process's peak, in KiB.
      const stats = {
        totalMs: Math.round(total),
        phases: Object.fromEntries(summary.phases.map((p) => [p.phase, Math.round(p.ms)])),
        pages: summary.pagesRendered,
        maxRssKiB: process.resourceUsage().maxRSS,
      };
      stream.write(`TANDEM_STATS ${JSON.stringify(stats)}\n`);
    }
    return 0;
  } catch (err) {
    if (!(err instanceof BuildError)) throw err;
    process.stderr.write(
      `${styleText('red', '✗', { stream: process.stderr })} ${err.phase} failed: ${err.message}\n`,
    );
    if (err.problems.length) printProblems(err.problems, undefined, process.stderr);
    for (const issue of err.issues)
      process.stderr.write(`  ${issue.folder}/${issue.file}  ${issue.message}\n`);
    process.stderr.write(`\nThe previous output in ${outDir} was left unchanged.\n`);
    return 1;
  }
}
