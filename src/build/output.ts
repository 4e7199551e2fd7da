/**
 * The output folder is replaced only by a build that passed every phase: work happens in
 * a sibling staging folder, and the swap is two renames on the same file system.
 */
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Staging {
  /** Where Astro renders. */
  render: string;
  /** Where audience folders are assembled. */
  sites: string;
  /** The staging root; removed after the swap or on failure. */
  root: string;
}

/** A fresh staging area next to `outDir`. */
export async function createStaging(outDir: string): Promise<Staging> {
  const root = join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}`);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  return { root, render: join(root, 'render'), sites: join(root, 'sites') };
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
  await rm(staging.root, { recursive: true, force: true });
}

/** Removes the staging area after a failed build; the output folder is untouched. */
export async function discardStaging(staging: Staging): Promise<void> {
  await rm(staging.root, { recursive: true, force: true });
}
