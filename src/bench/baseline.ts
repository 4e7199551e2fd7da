/**
 * The floor of our own stack: a bare Astro 7 site (one minimal layout, the same number of
 * MDX pages, the same Markdown engine) and one Pagefind run over its output. Tandem's
 * overhead is reported as a ratio to this, not as an absolute time.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ output: 'static', build: { format: 'directory' }, integrations: [mdx()], devToolbar: { enabled: false } });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  pages: defineCollection({ loader: glob({ base: './pages', pattern: '**/*.mdx' }), schema: z.object({ title: z.string() }) }),
};
`;

// The sample's MDX uses one component; the baseline gives it the simplest possible body.
const NOTE = `<aside><slot /></aside>
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import Note from '../Note.astro';
export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));
}
const { page } = Astro.props;
const { Content } = await render(page);

---
<html lang="en"><head><meta charset="utf-8" /><title>{page.data.title}</title></head>
<body><main data-pagefind-body><h1>{page.data.title}</h1><Content components={{ Callout: Note }} /></main></body></html>
`;

/** Collects MDX bodies from a content tree (reports first: they are most of the pages). */
async function bodies(contentRoot: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string): Promise<void> {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.mdx')) {
        const text = await readFile(path, 'utf8');
        found.push(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
      }
    }
  }
  await walk(contentRoot);
  return found;
}

/** Writes the bare site with `pages` MDX pages drawn from `contentRoot`'s bodies. */
export async function writeBaselineSite(
  dir: string,
  contentRoot: string,
  pages: number,
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src', 'pages'), { recursive: true });
  await mkdir(join(dir, 'pages'), { recursive: true });
  await writeFile(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  await writeFile(join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  await writeFile(join(dir, 'src', 'pages', '[...slug].astro'), PAGE);
  await writeFile(join(dir, 'src', 'Note.astro'), NOTE);
  const texts = await bodies(contentRoot);
  for (let i = 0; i < pages; i++) {
    const body = texts[i % texts.length] ?? 'Empty page.';
    const folder = join(dir, 'pages', String(Math.floor(i / 500)));
    if (i % 500 === 0) await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `page-${i}.mdx`), `---\ntitle: Page ${i}\n---\n${body}`);
  }
}
