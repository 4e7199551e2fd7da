/**
 * The output folder is replaced only by a build that passed every phase: work happens in
 * a sibling staging folder, and the swap is two renames on the same file system.
 */
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Staging {
  /** Where Astro renders (inside the project). */
  render: string;
  /** Where audience folders are assembled. */
  sites: string;
  /** The staging root; removed after the swap or on failure. */
  root: string;
}

let builds = 0;

/**
 * A fresh staging area: assembled sites next to `outDir` (so the swap is a rename), the
 * render inside the project (Astro keeps its prerender chunks under the output folder only
 * when that folder is inside the working directory; elsewhere it falls back to a shared
 * `.astro/` that concurrent builds would overwrite).
 */
export async function createStaging(outDir: string, projectRoot: string): Promise<Staging> {
  const id = `${process.pid}-${++builds}`;
  const root = join(dirname(outDir), `.${basename(outDir)}.staging-${id}`);
  const render = join(projectRoot, '.tandem', `render-${id}`);
  await Promise.all([root, render].map((dir) => rm(dir, { recursive: true, force: true })));
  await mkdir(root, { recursive: true });
  return { root, render, sites: join(root, 'sites') };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Puts the staged sites in place of `outDir`, then removes the old output and staging. */
export async function publishStaging(staging: Staging, outDir: string): Promise<void> {
  const previous = join(staging.root, 'previous');
  const hadOutput = await exists(outDir);
  if (hadOutput) await rename(outDir, previous);
  try {
    await rename(staging.sites, outDir);
  } catch (err) {
    if (hadOutput) await rename(previous, outDir);
    throw err;
  }
  await discardStaging(staging);
}

/** Removes the staging area (after a failed build, the output folder is untouched). */
export async function discardStaging(staging: Staging): Promise<void> {
  await Promise.all(
    [staging.root, staging.render].map((dir) => rm(dir, { recursive: true, force: true })),
  );
}
