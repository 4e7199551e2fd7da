/**
 * Reads every client's evidence records, `exceptions.yaml` and `decisions.yaml` with the
 * shared schemas. Used by `npm run check` and by the site build, so both see the same data.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path/posix';
import { glob } from 'tinyglobby';
import type { z } from 'astro/zod';
import {
  boardReportSchema,
  decisionsFileSchema,
  evidenceRecordSchema,
  exceptionsFileSchema,
} from '../../schemas/index.ts';
import { ContentCrash, guard } from '../content/crash.ts';
import { parseMdxFile, parseYamlFile, syntaxProblems, type ParsedFile } from '../content/parse.ts';
import { schemaProblems } from '../content/read.ts';
import type { Problem } from '../problems.ts';
import type { Assurance, ClientAssurance } from './assurance.ts';
import {
  BOARD_PATTERN,
  DECISIONS_PATTERN,
  EXCEPTIONS_PATTERN,
  RECORD_PATTERN,
} from './assurance-layout.ts';

/** What the reader found, with each file's parse for locating problems. */
export interface AssuranceRead {
  assurance: Assurance;
  problems: Problem[];
  parsed: Map<string, ParsedFile>;
  /** Raw text of every file read, for the secret and personal-data checks. */
  texts: Map<string, string>;
}

async function files(root: string, pattern: string): Promise<string[]> {
  return (await glob(pattern, { cwd: root, expandDirectories: false })).sort();
}

function forClient(assurance: Assurance, client: string): ClientAssurance {
  let entry = assurance.get(client);
  if (!entry) {
    entry = { records: [], exceptions: [], decisions: [], boards: [] };
    assurance.set(client, entry);
  }
  return entry;
}

/** Parses and validates one file; undefined (with problems pushed) when it is unusable. */
async function load<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
  out: AssuranceRead,
): Promise<{ data: z.infer<S>; body: string } | undefined> {
  const text = await readFile(`${root}/${file}`, 'utf8').catch((err: unknown) => {
    throw new ContentCrash(file, err);
  });
  const mdx = /\.mdx?$/.test(file);
  const parsed = guard(file, () => (mdx ? parseMdxFile(text) : parseYamlFile(text)));
  out.parsed.set(file, parsed);
  out.texts.set(file, text);
  if (parsed.syntaxErrors.length) {
    out.problems.push(...syntaxProblems(parsed, file, mdx ? 'front matter' : 'YAML'));
    return undefined;
  }
  const result = guard(file, () => schema.safeParse(parsed.data ?? {}));
  if (!result.success) {
    out.problems.push(...schemaProblems(file, parsed.data, result.error, schema));
    return undefined;
  }
  return { data: result.data as z.infer<S>, body: parsed.body ?? '' };
}

/** Reads the assurance content of every client under `root`. */
export async function readAssurance(root: string): Promise<AssuranceRead> {
  const out: AssuranceRead = {
    assurance: new Map(),
    problems: [],
    parsed: new Map(),
    texts: new Map(),
  };
  for (const file of await files(root, RECORD_PATTERN)) {
    const loaded = await load(root, file, evidenceRecordSchema, out);
    if (!loaded) continue;
    const client = file.split('/')[1]!;
    const year = basename(dirname(file));
    const id = `${year}/${basename(file).replace(/\.(yaml|mdx)$/, '')}`;
    const attachment = loaded.data.attachment?.file;
    forClient(out.assurance, client).records.push({
      id,
      client,
      file,
      data: loaded.data,
      body: loaded.body,
      ...(attachment ? { attachmentFile: `${dirname(file)}/${attachment}` } : {}),
    });
  }
  for (const file of await files(root, EXCEPTIONS_PATTERN)) {
    const loaded = await load(root, file, exceptionsFileSchema, out);
    if (!loaded) continue;
    forClient(out.assurance, file.split('/')[1]!).exceptions.push(
      ...loaded.data.exceptions.map((data, index) => ({ file, index, data })),
    );
  }
  for (const file of await files(root, DECISIONS_PATTERN)) {
    const loaded = await load(root, file, decisionsFileSchema, out);
    if (!loaded) continue;
    forClient(out.assurance, file.split('/')[1]!).decisions.push(
      ...loaded.data.decisions.map((data, index) => ({ file, index, data })),
    );
  }
  for (const file of await files(root, BOARD_PATTERN)) {
    const loaded = await load(root, file, boardReportSchema, out);
    if (!loaded) continue;
    const year = basename(file).replace(/\.yaml$/, '');
    forClient(out.assurance, file.split('/')[1]!).boards.push({ file, year, data: loaded.data });
  }
  return out;
}

/** Fills in line and column for problems in files this reader parsed. */
export function locateAssurance(
  problems: readonly Problem[],
  parsed: Map<string, ParsedFile>,
): Problem[] {
  return problems.map((p) => {
    if (p.line !== undefined) return p;
    const pos = parsed.get(p.file)?.locate(p.path);
    return pos ? { ...p, ...pos } : p;
  });
}
