/** The render phase: Astro builds every page once into a staging folder. */
import { build } from 'astro';
import { contentCacheDir } from '../lib/content/root.ts';
import { refusedAtRender } from '../lib/content/mdx-render-guard.ts';

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
  try {
    await build({
      root: options.projectRoot,
      outDir: options.outDir,
      cacheDir: contentCacheDir(options.projectRoot, options.contentRoot),
      logLevel: process.env.TANDEM_VERBOSE ? 'info' : 'error',
      mode: 'production',
    });
  } catch (err) {
    const refused = refusedAtRender(err instanceof Error ? err.message : String(err));
    throw refused ? new Error(refused) : err;
  }
}
