/**
 * The output folder is replaced only by a build that passed every phase: work happens in
 * a sibling staging folder, and the swap is two renames on the same file system. If a
 * build dies between the two renames, the next build puts the previous output back.
 */
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Staging {
  /** Where Astro renders (inside the project). */
  render: string;
  /** Where audience folders are assembled. */
  sites: string;
  /** The staging root; removed after the swap or on failure. */
  root: string;
  /** Set when the staging root holds the only copy of the previous output. */
  keep?: boolean;
}

let builds = 0;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Cleans up after builds that died: staging folders of processes that no longer run are
 * removed, after their `previous` output is put back if the output folder is missing.
 */
async function recoverStaleStaging(outDir: string): Promise<void> {
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}.staging-`;
  const stale = (await readdir(parent).catch(() => [] as string[]))
    .filter((name) => name.startsWith(prefix))
    .filter((name) => !alive(Number(name.slice(prefix.length).split('-')[0])))
    .sort();
  for (const name of stale) {
    const previous = join(parent, name, 'previous');
    if (!(await exists(outDir)) && (await exists(previous))) await rename(previous, outDir);
    await rm(join(parent, name), { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * A fresh staging area: assembled sites next to `outDir` (so the swap is a rename), the
 * render inside the project (Astro keeps its prerender chunks under the output folder only
 * when that folder is inside the working directory; elsewhere it falls back to a shared
 * `.astro/` that concurrent builds would overwrite).
 */
export async function createStaging(outDir: string, projectRoot: string): Promise<Staging> {
  await recoverStaleStaging(outDir);
  const id = `${process.pid}-${++builds}`;
  const root = join(dirname(outDir), `.${basename(outDir)}.staging-${id}`);
  const render = join(projectRoot, '.tandem', `render-${id}`);
  await Promise.all([root, render].map((dir) => rm(dir, { recursive: true, force: true })));
  await mkdir(root, { recursive: true });
  return { root, render, sites: join(root, 'sites') };
}

/** Puts the staged sites in place of `outDir`, then removes the old output and staging. */
export async function publishStaging(staging: Staging, outDir: string): Promise<void> {
  const previous = join(staging.root, 'previous');
  const hadOutput = await exists(outDir);
  if (hadOutput) await rename(outDir, previous);
  try {
    await rename(staging.sites, outDir);
  } catch (err) {
    if (hadOutput) {
      try {
        await rename(previous, outDir);
      } catch {
        staging.keep = true;
        throw new Error(
          `could not put the new output in place (${(err as Error).message}), nor the previous one back: it is in ${previous}`,
        );
      }
    }
    throw err;
  }
  await discardStaging(staging);
}

/** Removes the staging area, unless it holds the only copy of the previous output. */
export async function discardStaging(staging: Staging): Promise<void> {
  if (staging.keep) return;
  await Promise.all(
    [staging.root, staging.render].map((dir) =>
      rm(dir, { recursive: true, force: true, maxRetries: 3 }),
    ),
  );
}
