/** The render phase: Astro builds every page once into a staging folder. */
import { build } from 'astro';
import { contentCacheDir } from '../lib/content/root.ts';

export interface RenderOptions {
  projectRoot: string;
  outDir: string;
  contentRoot: string;
}

/** Runs Astro's static build; content errors surface as the thrown error's message. */
export async function renderSite(options: RenderOptions): Promise<void> {
  process.env.TANDEM_CONTENT = options.contentRoot;
  await build({
    root: options.projectRoot,
    outDir: options.outDir,
    cacheDir: contentCacheDir(options.projectRoot, options.contentRoot),
    logLevel: process.env.TANDEM_VERBOSE ? 'info' : 'error',
    mode: 'production',
  });
}
