/** `npm run bench`: Tandem at scale, against its budgets and a bare-Astro baseline. */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBaseline, benchTandem, type TandemRun } from '../bench/run.ts';

export const benchHelp = `Usage: npm run bench -- [--clients 100] [--months 24] [--seed 1] [--baseline] [--scale] [--no-search]

Generates a synthetic provider, builds it the way npm run build does, and prints
per-phase wall time, pages rendered, pages per second, peak RSS, bytes and files per
audience folder, the bytes a cold staff search transfers, and a final JSON line.

  --baseline   also build a bare Astro site with the same number of MDX pages and one
               Pagefind run, and print Tandem / baseline ratios
  --scale      build 50, 100 and 200 clients and print the time ratios between them
  --no-search  skip the Chromium search measurement
`;

const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function describe(run: TandemRun): string {
  const { build } = run;
  const clientFolders = run.folders.filter((f) => f.folder !== 'staff');
  const staff = run.folders.find((f) => f.folder === 'staff');
  const maxFiles = Math.max(...clientFolders.map((f) => f.files));
  const avgBytes =
    clientFolders.reduce((a, f) => a + f.bytes, 0) / Math.max(1, clientFolders.length);
  const phases = Object.entries(build.phases)
    .map(([name, ms]) => `${name} ${sec(ms)}`)
    .join(' · ');
  return [
    `${run.clients} clients × ${run.months} months: ${build.pages} pages in ${sec(build.totalMs)} (${(((build.pages ?? 0) * 1000) / build.totalMs).toFixed(0)} pages/s), peak RSS ${mib(build.maxRssKiB)}`,
    `  phases: ${phases}`,
    `  staff folder: ${staff?.files} files, ${(staff!.bytes / 1048576).toFixed(1)} MiB; client folders: up to ${maxFiles} files, ${(avgBytes / 1048576).toFixed(1)} MiB on average`,
    ...(run.searchTransferKiB !== undefined
      ? [`  cold staff search transferred ${run.searchTransferKiB} KiB (budget 150 KiB)`]
      : []),
  ].join('\n');
}

/** Runs the benchmark; returns the process exit code. */
export async function runBenchCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      clients: { type: 'string', default: '100' },
      months: { type: 'string', default: '24' },
      seed: { type: 'string', default: '1' },
      baseline: { type: 'boolean', default: false },
      scale: { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(benchHelp);
    return 0;
  }
  const root = process.cwd();
  const months = Number(values.months);
  const seed = Number(values.seed);
  const out = process.stdout;
  const result: Record<string, unknown> = {};

  if (values.scale) {
    const runs: TandemRun[] = [];
    for (const clients of [50, 100, 200]) {
      const run = await benchTandem(root, clients, months, seed, false);
      out.write(`${describe(run)}\n`);
      runs.push(run);
    }
    const [a, b, c] = runs.map((r) => r.build.totalMs);
    out.write(
      `time(100)/time(50) = ${(b! / a!).toFixed(2)}; time(200)/time(100) = ${(c! / b!).toFixed(2)} (budget ≤ 2.1)\n`,
    );
    result.scale = runs.map((r) => ({ clients: r.clients, ...r.build }));
    result.ratio200to100 = Number((c! / b!).toFixed(3));
  } else {
    const run = await benchTandem(root, Number(values.clients), months, seed, !values['no-search']);
    out.write(`${describe(run)}\n`);
    result.tandem = {
      clients: run.clients,
      months: run.months,
      ...run.build,
      searchTransferKiB: run.searchTransferKiB,
      folders: run.folders,
    };
    if (values.baseline) {
      const baseline = await benchBaseline(
        root,
        join(root, '.tandem', 'bench', `content-${run.clients}x${months}`),
        run.build.pages ?? 0,
      );
      const ratio = run.build.totalMs / baseline.totalMs;
      out.write(
        `bare Astro + Pagefind, ${run.build.pages} pages: ${sec(baseline.totalMs)}, peak RSS ${mib(baseline.maxRssKiB)}\n` +
          `Tandem / baseline: time ${ratio.toFixed(2)} (budget ≤ 1.15), peak RSS ${(run.build.maxRssKiB / baseline.maxRssKiB).toFixed(2)} (budget ≤ 1.00)\n`,
      );
      result.baseline = baseline;
      result.ratio = {
        time: Number(ratio.toFixed(3)),
        rss: Number((run.build.maxRssKiB / baseline.maxRssKiB).toFixed(3)),
      };
    }
  }
  out.write(`${JSON.stringify(result)}\n`);
  return 0;
}
