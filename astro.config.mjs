// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCacheDir, contentRoot } from './src/lib/content/root.ts';
import { mdxRenderGuard } from './src/lib/content/mdx-render-guard.ts';

// Everything is rendered once into static HTML; `npm run build` then splits the output
// into one folder per audience (see src/build/). No adapter, no server.
export default defineConfig({
  output: 'static',
  // The content layer caches entries by id; one cache per content root (TANDEM_CONTENT)
  // keeps a fixture build from seeing the sample's entries, and the reverse.
  cacheDir: contentCacheDir(process.cwd(), contentRoot()),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Two files that resolve to the same id, or two routes to one URL, are content errors.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  prefetch: false,
  // Keep the template's line breaks: Pagefind reads adjacent elements without whitespace
  // between them as one word ("Version1.1"), which hurts search and excerpts.
  compressHTML: false,
  // Scope component styles with a class rather than a data attribute on every element:
  // same specificity, about half the bytes.
  scopedStyleStrategy: 'class',
  integrations: [mdx()],
  vite: {
    // No code in content, enforced where it runs: MDX that holds code, script links or
    // SVG images is refused before the MDX compiler sees it (src/lib/content/mdx-guard.ts).
    plugins: [mdxRenderGuard(contentRoot())],
    build: { sourcemap: false, assetsInlineLimit: 0 },
    // Build output, staging and benchmark trees are not sources: watching them exhausts
    // the file-watcher limit in `npm run dev`.
    server: {
      watch: {
        ignored: [
          '**/sites/**',
          '**/.tandem/**',
          '**/pdf/**',
          '**/deploy/**',
          '**/test-results/**',
        ],
      },
    },
  },
});
