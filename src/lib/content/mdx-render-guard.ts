/**
 * The render-time half of "no code in content": a Vite plugin that runs before every
 * other transform (`enforce: 'pre'`) on each `.mdx` module the site imports, and fails the
 * render when the body holds anything `unsafeNodes` (mdx-guard.ts) refuses. Astro 7's
 * Markdown engine ignores remark and recma plugins, so the guard works on the MDX source
 * itself, before the MDX compiler turns expressions into code. Messages name the file,
 * line, column and rule, never the content.
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { parseBody } from './body.ts';
import { unsafeNodes } from './mdx-guard.ts';
import { parseMdxFile } from './parse.ts';

/** Why `source` (the text of an `.mdx` file) must not be compiled; empty when it may. */
export function guardMdxSource(source: string, file: string): string[] {
  const parsed = parseMdxFile(source);
  const body = parsed.body ?? '';
  const bodyOffset = parsed.bodyOffset ?? 0;
  const result = parseBody(body, true);
  if (!result.tree) {
    // The MDX compiler would reject it too; say so without quoting the body.
    const at = parsed.positionAt(bodyOffset + (result.errors[0]?.offset ?? 0));
    return [`${file}:${at.line}:${at.column} mdx/syntax the body is not valid MDX`];
  }
  return unsafeNodes(result.tree).map((finding) => {
    const at = parsed.positionAt(bodyOffset + (finding.node.position?.start.offset ?? 0));
    return `${file}:${at.line}:${at.column} ${finding.rule} ${finding.message} (found ${finding.found})`;
  });
}

const REFUSED = 'content refused at render (the content check would have reported it):';

/**
 * The guard's findings in a failed build's message, without the bundler's stack frames;
 * undefined when the failure was something else.
 */
export function refusedAtRender(message: string): string | undefined {
  if (!message.includes(REFUSED)) return undefined;
  const lines = message
    .split('\n')
    .filter((line) => /^\S+:\d+:\d+ [a-z]+\/[a-z-]+ /.test(line));
  return `${REFUSED}\n${[...new Set(lines)].join('\n')}`;
}

/** A minimal structural type for the plugin, so this module needs no Vite import. */
export interface PrePlugin {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): null;
}

/** Whether `path` is a link, or resolves outside `root` (a module id from anywhere). */
function outsideRoot(root: string, path: string): boolean {
  const base = realpathSync(root);
  const target = realpathSync(path);
  return lstatSync(path).isSymbolicLink() || !target.startsWith(base + sep);
}

/**
 * The Vite plugin; `root` is the content root, for file names relative to it. Astro loads
 * an `.mdx` module under several ids (`?astroPropagatedAssets` wraps it in generated
 * code), so the guard reads the file itself from disk for every id that names one, once
 * per file, rather than trusting the code handed to this hook to be the source.
 * @public Used by astro.config.mjs, which knip's production pass does not read.
 */
export function mdxRenderGuard(root: string): PrePlugin {
  const verdicts = new Map<string, string[]>();
  return {
    name: 'tandem:mdx-render-guard',
    enforce: 'pre',
    transform(_code, id) {
      const path = id.split('?')[0]!;
      if (!path.endsWith('.mdx')) return null;
      let problems = verdicts.get(path);
      if (!problems) {
        const file = relative(root, path) || path;
        problems = outsideRoot(root, path)
          ? [`${file}:1:1 content/symlink a symbolic link, or a file outside the content root`]
          : guardMdxSource(readFileSync(path, 'utf8'), file);
        verdicts.set(path, problems);
      }
      if (problems.length) {
        throw new Error(`${REFUSED}\n${problems.join('\n')}`);
      }
      return null;
    },
  };
}
