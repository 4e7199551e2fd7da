/** The render phase: Astro builds every page once into a staging folder. */
import { build } from 'astro';
import { contentCacheDir } from '../lib/content/root.ts';

export interface RenderOptions {
  projectRoot: string;
  outDir: string;
  contentRoot: string;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs Astro's static build; content errors surface as the thrown error's message.
 * Renders in one process run one at a time: Astro's config reads the content root from
 * the environment, which two overlapping builds would share.
 */
export function renderSite(options: RenderOptions): Promise<void> {
  const run = queue.then(() => render(options));
  queue = run.catch(() => undefined);
  return run;
}

async function render(options: RenderOptions): Promise<void> {
  process.env.TANDEM_CONTENT = options.contentRoot;
  await build({
    root: options.projectRoot,
    outDir: options.outDir,
    cacheDir: contentCacheDir(options.projectRoot, options.contentRoot),
    logLevel: process.env.TANDEM_VERBOSE ? 'info' : 'error',
    mode: 'production',
  });
}
