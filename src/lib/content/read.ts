/**
 * The CLI's reader: finds every content file with the same globs as Astro, parses it,
 * validates it with the same schemas, and returns the entries plus located problems.
 */
import { readFile } from 'node:fs/promises';
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
} from '../../schemas/index.ts';
import type { Entry, RawContent } from '../model/types.ts';
import { error, formatFieldPath, type Problem } from '../problems.ts';
import { collectionLayout, entryIdFor, type CollectionName } from './layout.ts';
import { parseMdxFile, parseYamlFile, type ParsedFile } from './parse.ts';

const schemas: { [K in CollectionName]: z.ZodType } = {
  provider: providerSchema,
  services: serviceSchema,
  domains: domainSchema,
  frameworks: frameworkSchema,
  clients: clientSchema,
  policies: policySchema,
  runbooks: runbookSchema,
  reports: reportSchema,
};

/** A file as read from disk, kept for checks that look beyond the schema. */
export interface SourceFile {
  collection: CollectionName;
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
  if (typeof value === 'string') return `"${value.length > 60 ? value.slice(0, 57) + '…' : value}"`;
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

/** Turns zod issues into problems that say what was expected and what was found. */
export function schemaProblems(file: string, data: unknown, zodError: z.ZodError): Problem[] {
  return zodError.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const found = valueAt(data, path);
    let message = issue.message;
    let expected: string | undefined;
    if (issue.code === 'invalid_type' && found === undefined) {
      message = `required field "${formatFieldPath(path)}" is missing`;
      expected = issue.expected;
    } else if (issue.code === 'unrecognized_keys') {
      message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      expected = 'only the fields the schema defines';
    } else if (issue.code === 'invalid_type') {
      expected = issue.expected;
    } else if (issue.code === 'invalid_value') {
      expected = issue.values.map((v) => JSON.stringify(v)).join(' | ');
    }
    const problem = error('schema', file, path, message);
    if (expected) problem.expected = expected;
    if (issue.code !== 'unrecognized_keys') problem.found = describe(found);
    return problem;
  });
}

async function readCollection(
  root: string,
  collection: CollectionName,
  sources: Map<string, SourceFile>,
  problems: Problem[],
): Promise<Entry<unknown>[]> {
  const layout = collectionLayout[collection];
  const files = (await glob(layout.pattern, { cwd: root, expandDirectories: false })).sort();
  const entries: Entry<unknown>[] = [];
  for (const file of files) {
    const text = await readFile(`${root}/${file}`, 'utf8');
    const parsed = layout.hasBody ? parseMdxFile(text) : parseYamlFile(text);
    const id = entryIdFor(collection, file);
    sources.set(file, { collection, id, file, text, parsed });
    if (parsed.syntaxErrors.length) {
      for (const e of parsed.syntaxErrors) {
        problems.push({
          ...error('syntax', file, [], `cannot parse ${layout.hasBody ? 'front matter' : 'YAML'}: ${e.message}`, {
            expected: 'valid YAML',
          }),
          line: e.line,
          column: e.column,
        });
      }
      continue;
    }
    const result = schemas[collection].safeParse(parsed.data ?? {});
    if (!result.success) {
      problems.push(...schemaProblems(file, parsed.data, result.error));
      continue;
    }
    entries.push({ id, file, data: result.data, ...(layout.hasBody ? { body: parsed.body ?? '' } : {}) });
  }
  return entries;
}

/** Reads and validates the whole content tree under `root`. */
export async function readContent(root: string): Promise<ReadResult> {
  const sources = new Map<string, SourceFile>();
  const problems: Problem[] = [];
  const names = Object.keys(collectionLayout) as CollectionName[];
  const lists = await Promise.all(names.map((name) => readCollection(root, name, sources, problems)));
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
