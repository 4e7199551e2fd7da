/**
 * `npm run bench`: generate a provider, build it exactly as `npm run build` does (in a
 * child process, so its peak memory is its own), and report per-phase times, pages per
 * second, peak RSS, the size and file count of every audience folder, and the bytes a
 * cold search on the staff index transfers. `--baseline` adds a bare Astro + Pagefind
 * build of the same page count; `--scale` compares 50, 100 and 200 clients.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createSitesHandler } from '../cli/serve.ts';
import { launchChromium } from '../cli/report/print.ts';
import { listFiles, mapLimit } from '../build/files.ts';
import { contentCacheDir } from '../lib/content/root.ts';
import { monthOf, today } from '../lib/dates.ts';
import { writeBaselineSite } from './baseline.ts';
import { generateProvider } from './generate.ts';

export interface BuildStats {
  totalMs: number;
  phases: Record<string, number>;
  pages?: number;
  maxRssKiB: number;
}

export interface FolderStats {
  folder: string;
  files: number;
  bytes: number;
}

export interface TandemRun {
  clients: number;
  months: number;
  build: BuildStats;
  folders: FolderStats[];
  searchTransferKiB?: number;
}

/** Runs a node script and returns the `TANDEM_STATS` line it prints. */
export function runWithStats(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<BuildStats> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, TANDEM_STATS: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('TANDEM_STATS '));
      if (code !== 0 || !line)
        return fail(new Error(`${args.join(' ')} failed (exit ${code}):\n${out.slice(-2000)}`));
      done(JSON.parse(line.slice('TANDEM_STATS '.length)) as BuildStats);
    });
  });
}

/** Files and bytes of every audience folder. */
export async function folderStats(sitesDir: string): Promise<FolderStats[]> {
  const folders = (await readdir(sitesDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return mapLimit(folders, 1, async (folder) => {
    const files = await listFiles(join(sitesDir, folder));
    const sizes = await mapLimit(
      files,
      32,
      async (f) => (await stat(join(sitesDir, folder, f))).size,
    );
    return { folder, files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) };
  });
}

/** Bytes transferred (compressed, as served) by a cold search for `term` on the staff folder. */
export async function coldSearchTransfer(sitesDir: string, term: string): Promise<number> {
  const { handler } = await createSitesHandler(sitesDir);
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const requests: Array<Promise<number>> = [];
    page.on('requestfinished', (request) =>
      requests.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)),
    );
    await page.goto(`http://localhost:${port}/search/?q=${encodeURIComponent(term)}`);
    await page.locator('.search-result').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return (await Promise.all(requests)).reduce((a, b) => a + b, 0);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Generates and builds one provider of `clients` × `months`. */
export async function benchTandem(
  projectRoot: string,
  clients: number,
  months: number,
  seed: number,
  search: boolean,
): Promise<TandemRun> {
  const work = join(projectRoot, '.tandem', 'bench');
  const content = join(work, `content-${clients}x${months}`);
  const sites = join(work, `sites-${clients}x${months}`);
  process.stderr.write(`  generating ${clients} clients × ${months} months…\n`);
  await generateProvider({
    out: content,
    from: join(projectRoot, 'content'),
    clients,
    months,
    seed,
    currentMonth: monthOf(today()),
  });
  // Start cold, like the baseline: no content-layer cache from an earlier run.
  await rm(contentCacheDir(projectRoot, content), { recursive: true, force: true });
  process.stderr.write(`  building…\n`);
  const build = await runWithStats(['src/cli/tandem.ts', 'build', '--out', sites], {
    cwd: projectRoot,
    env: { TANDEM_CONTENT: content },
  });
  const folders = await folderStats(sites);
  const run: TandemRun = { clients, months, build, folders };
  if (search)
    run.searchTransferKiB = Number(((await coldSearchTransfer(sites, 'patch')) / 1024).toFixed(1));
  return run;
}

/** Builds the bare Astro + Pagefind site with `pages` pages drawn from `contentRoot`. */
export async function benchBaseline(
  projectRoot: string,
  contentRoot: string,
  pages: number,
): Promise<BuildStats> {
  const dir = join(projectRoot, '.tandem', 'bench', 'baseline');
  process.stderr.write(`  writing the bare Astro baseline with ${pages} MDX pages…\n`);
  await writeBaselineSite(dir, contentRoot, pages);
  process.stderr.write(`  building the baseline…\n`);
  return runWithStats([resolve(projectRoot, 'src/bench/baseline-run.ts')], { cwd: dir });
}
