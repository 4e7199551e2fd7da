/**
 * The documentation cannot drift from the code: the rule table is the rule catalog, every
 * npm command it mentions exists, and every relative link (and its #anchor) resolves.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lib/checks/catalog.ts';
import { committedRows, ruleRows } from '../../../scripts/rule-table.ts';

const root = resolve(import.meta.dirname, '../../..');
const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const scripts: Record<string, string> = JSON.parse(read('package.json')).scripts;
/**
 * Documents being written on other branches at the same time, linked from the README
 * already. Skipped only while missing; delete this list once they are all merged.
 */
/** npm's own commands, which need no script. */
const NPM_BUILTINS = new Set(['install', 'ci', 'run', 'exec', 'install-scripts']);

/** The text outside fenced code blocks. */
function prose(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** The code in `text`: fenced blocks and inline code spans, where commands are written. */
function code(text: string): string {
  const fenced = [...text.matchAll(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1/gm)].map((m) => m[2]);
  const inline = [...prose(text).matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
  return [...fenced, ...inline].join('\n');
}

/** Heading ids as GitHub makes them, which is how these files are read. */
function anchors(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  for (const match of prose(text).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    ids.add(slugger.slug(match[1]!.replace(/`/g, '')));
  }
  return ids;
}

describe('docs/content-checks.md', () => {
  it('lists exactly the rules of the catalog, in order (run `npm run docs:rules`)', () => {
    expect(committedRows(read('docs/content-checks.md'))).toEqual(ruleRows());
  });

  it('has one row per rule id', () => {
    const ids = committedRows(read('docs/content-checks.md')).map((row) => row[0]);
    expect(ids).toHaveLength(RULES.length);
  });
});

describe.each(docs)('%s', (file) => {
  const text = read(file);

  it('mentions only npm scripts that exist', () => {
    const missing: string[] = [];
    for (const match of code(text).matchAll(/\bnpm (run )?([a-z][\w:-]*)/g)) {
      const name = match[2]!;
      if (!match[1] && NPM_BUILTINS.has(name)) continue;
      if (!(name in scripts)) missing.push(match[0]);
    }
    expect(missing).toEqual([]);
  });

  it('mentions only tandem commands that exist', () => {
    const cli = read('src/cli/tandem.ts');
    const missing = [...code(text).matchAll(/src\/cli\/tandem\.ts ([a-z][\w:-]*)/g)]
      .map((m) => m[1]!)
      .filter((name) => !cli.includes(`'${name}':`) && !cli.includes(`  ${name}:`));
    expect(missing).toEqual([]);
  });

  it('links only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const match of prose(text).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = match[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const linked = path ? resolve(dirname(join(root, file)), path) : join(root, file);
      if (!existsSync(linked)) {
        broken.push(`${target} (no file ${relative(root, linked)})`);
      } else if (
        anchor &&
        linked.endsWith('.md') &&
        !anchors(readFileSync(linked, 'utf8')).has(anchor)
      ) {
        broken.push(`${target} (no heading #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
