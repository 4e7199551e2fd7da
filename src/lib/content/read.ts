/**
 * The CLI's reader: finds every content file with the same globs as Astro, parses it,
 * validates it with the same schemas, and returns the entries plus located problems.
 */
import { closestKey, keysAt } from './schema-keys.ts';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { glob } from 'tinyglobby';
import type { z } from 'astro/zod';
import {
  clientSchema,
  domainSchema,
  frameworkSchema,
  policySchema,
  providerSchema,
  reportSchema,
  runbookSchema,
  serviceSchema,
  dueDiligenceItemSchema,
} from '../../schemas/index.ts';
import type { Entry, RawContent } from '../model/types.ts';
import { error, formatFieldPath, warning, type Problem } from '../problems.ts';
import { ContentCrash, guard } from './crash.ts';
import { detectSecrets } from '../checks/secrets/detectors.ts';
import {
  archiveIdFor,
  archiveLayout,
  collectionLayout,
  entryIdFor,
  type CollectionName,
} from './layout.ts';
import { ASSURANCE_PATTERNS } from '../evidence/assurance-layout.ts';
import { parseMdxFile, parseYamlFile, syntaxProblems, type ParsedFile } from './parse.ts';

const schemas: { [K in CollectionName]: z.ZodType } = {
  provider: providerSchema,
  services: serviceSchema,
  domains: domainSchema,
  frameworks: frameworkSchema,
  clients: clientSchema,
  policies: policySchema,
  runbooks: runbookSchema,
  reports: reportSchema,
  dueDiligence: dueDiligenceItemSchema,
};

/**
 * Where a file belongs: a collection, or the policy archive (superseded versions, whose
 * schema and rules live in src/lib/evidence/; the file checks here still read them,
 * since their pages are published).
 */
export type SourceKind = CollectionName | 'policyArchive';

/** A file as read from disk, kept for checks that look beyond the schema. */
export interface SourceFile {
  collection: SourceKind;
  id: string;
  /** Relative to the content root. */
  file: string;
  text: string;
  parsed: ParsedFile;
}

export interface ReadResult {
  raw: RawContent;
  sources: Map<string, SourceFile>;
  problems: Problem[];
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    // A value holding a secret is shown only masked (the secrets check reports it too).
    const secrets = detectSecrets(value);
    if (secrets.length) return secrets.map((s) => s.masked).join(', ');
    return `"${value.length > 60 ? value.slice(0, 57) + '…' : value}"`;
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  record: 'a mapping of fields',
  date: 'a date',
};

/** Whether zod wrote the message itself (ours say something more useful). */
function isDefaultMessage(message: string): boolean {
  return /^(Invalid input|Invalid option|Invalid string|Invalid element)/.test(message);
}

/** Turns zod issues into problems that say what was expected and what was found. */
export function schemaProblems(file: string, data: unknown, zodError: z.ZodError, schema?: z.ZodType): Problem[] {
  return zodError.issues.flatMap((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') return unknownFields(file, path, issue.keys, schema, data);
    const found = valueAt(data, path);
    const custom = isDefaultMessage(issue.message) ? undefined : issue.message;
    let message = issue.message;
    let expected: string | undefined;
    if (issue.code === 'invalid_type' && found === undefined) {
      message = `required field "${formatFieldPath(path)}" is missing${custom ? `: ${custom}` : ''}`;
      expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    } else if (issue.code === 'invalid_type') {
      message = custom ?? 'the value has the wrong type';
      expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    } else if (issue.code === 'invalid_value') {
      message = custom ?? 'the value is not one of the allowed values';
      expected = issue.values.map((v) => JSON.stringify(v)).join(' | ');
    }
    const problem = error('schema', file, path, message);
    if (expected) problem.expected = expected;
    problem.found = describe(found);
    return [problem];
  });
}

/** One problem per unknown field, at the field itself, suggesting the field it may be a typo of. */
function unknownFields(
  file: string,
  path: Array<string | number>,
  keys: string[],
  schema?: z.ZodType,
  data?: unknown,
): Problem[] {
  const allowed = schema ? keysAt(schema, path, data) : undefined;
  return keys.map((key) => {
    const guess = allowed ? closestKey(key, allowed) : undefined;
    return error('schema', file, [...path, key], `unknown field "${key}"${guess ? ` — did you mean "${guess}"?` : ''}`, {
      expected: allowed ? `one of ${allowed.join(', ')}` : 'only the fields the schema defines',
      found: `"${key}"`,
    });
  });
}

/**
 * Every symbolic link under the content root, and every file the collections would read
 * from outside it. A link can point anywhere (an SSH key, another client's repository);
 * Astro's loaders follow links, so a tree that holds one is refused as a whole.
 */
export async function unsafePaths(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      const full = join(dir, entry.name);
      const file = relative(root, full).split(sep).join('/');
      if (entry.isSymbolicLink()) {
        problems.push(
          error('content/symlink', file, [], 'a symbolic link in the content tree', {
            expected: 'a regular file or folder (copy the file in instead of linking to it)',
            found: 'a symbolic link',
          }),
        );
      } else if (entry.isDirectory()) {
        await walk(full);
      }
    }
  };
  await walk(root);
  return problems;
}

/**
 * Whether `file` (relative to `root`) passes through no link: it is not one and sits in no
 * linked folder, so it is inside the root. `links` are the tree's links, from `unsafePaths`
 * (one walk of the tree, rather than resolving every file's real path).
 */
function throughLink(file: string, links: ReadonlySet<string>): boolean {
  if (links.size === 0) return false;
  const parts = file.split('/');
  for (let i = 1; i <= parts.length; i++) if (links.has(parts.slice(0, i).join('/'))) return true;
  return false;
}

/** Reads one content file, refusing one reached through a link (reported by unsafePaths). */
async function readInside(
  root: string,
  file: string,
  links: ReadonlySet<string>,
): Promise<string | undefined> {
  if (throughLink(file, links)) return undefined;
  return readFile(join(root, file), 'utf8').catch((err: unknown) => {
    throw new ContentCrash(file, err);
  });
}

async function readCollection(
  root: string,
  collection: CollectionName,
  sources: Map<string, SourceFile>,
  problems: Problem[],
  links: ReadonlySet<string>,
): Promise<Entry<unknown>[]> {
  const layout = collectionLayout[collection];
  const files = (await glob(layout.pattern, { cwd: root, expandDirectories: false })).sort();
  const entries: Entry<unknown>[] = [];
  for (const file of files) {
    const text = await readInside(root, file, links);
    if (text === undefined) continue; // reported by unsafePaths
    const parsed = guard(file, () => (layout.hasBody ? parseMdxFile(text) : parseYamlFile(text)));
    const id = entryIdFor(collection, file);
    sources.set(file, { collection, id, file, text, parsed });
    if (parsed.syntaxErrors.length) {
      problems.push(...syntaxProblems(parsed, file, layout.hasBody ? 'front matter' : 'YAML'));
      continue;
    }
    const result = guard(file, () => schemas[collection].safeParse(parsed.data ?? {}));
    if (!result.success) {
      problems.push(...schemaProblems(file, parsed.data, result.error, schemas[collection]));
      continue;
    }
    entries.push({
      id,
      file,
      data: result.data,
      ...(layout.hasBody ? { body: parsed.body ?? '' } : {}),
    });
  }
  return entries;
}

/**
 * Pages no collection reads (Markdown in a mistyped folder) and `.yml` files (the
 * collections read `.yaml`): almost always a typo, and the author expects them published.
 * Other data files are left alone; tools may keep their own files in the tree.
 */
async function ignoredFiles(root: string, sources: Map<string, SourceFile>): Promise<Problem[]> {
  const files = await glob(['**/*.{md,mdx,yml}'], {
    cwd: root,
    expandDirectories: false,
    ignore: ['**/node_modules/**', '**/README*', '**/LICENSE*', '**/CHANGELOG*', ...ASSURANCE_PATTERNS],
  });
  return files
    .filter((file) => !sources.has(file) && !file.split('/').some((part) => /^[._]/.test(part)))
    .sort()
    .map((file) =>
      warning('content/ignored-file', file, [], 'no collection reads this file, so it is not published', {
        expected: `a file where content lives: ${contentPlaces()}`,
        found: file,
      }),
    );
}

function contentPlaces(): string {
  return Object.values(collectionLayout)
    .flatMap((layout) => layout.pattern)
    .join(', ');
}

/** Archived policy versions, read as text only: src/lib/evidence/ validates them. */
async function readArchiveSources(
  root: string,
  sources: Map<string, SourceFile>,
  links: ReadonlySet<string>,
): Promise<void> {
  const files = (await glob(archiveLayout.pattern, { cwd: root, expandDirectories: false })).sort();
  for (const file of files) {
    const text = await readInside(root, file, links);
    if (text === undefined) continue; // reported by unsafePaths
    const parsed = guard(file, () => parseMdxFile(text));
    sources.set(file, { collection: 'policyArchive', id: archiveIdFor(file), file, text, parsed });
  }
}

/** Reads and validates the whole content tree under `root`. */
export async function readContent(root: string): Promise<ReadResult> {
  const sources = new Map<string, SourceFile>();
  const problems: Problem[] = await unsafePaths(root);
  const links = new Set(problems.map((p) => p.file));
  const names = Object.keys(collectionLayout) as CollectionName[];
  const lists = await Promise.all(
    names.map((name) => readCollection(root, name, sources, problems, links)),
  );
  await readArchiveSources(root, sources, links);
  problems.push(...(await ignoredFiles(root, sources)));
  const raw = Object.fromEntries(names.map((name, i) => [name, lists[i]])) as unknown as RawContent;
  return { raw, sources, problems };
}

/** Fills in line and column for problems whose file was read by `readContent`. */
export function locateProblems(problems: readonly Problem[], sources: Map<string, SourceFile>): Problem[] {
  return problems.map((p) => {
    if (p.line !== undefined) return p;
    const pos = sources.get(p.file)?.parsed.locate(p.path);
    return pos ? { ...p, ...pos } : p;
  });
}
