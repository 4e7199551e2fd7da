/**
 * The CLI's side of archived policy versions: same globs and schema as Astro's
 * `policyArchive` collection, problems located like every other content file.
 */
import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { archivedPolicySchema } from '../../schemas/index.ts';
import { archiveIdFor, archiveLayout } from '../content/layout.ts';
import { parseMdxFile, syntaxProblems, type ParsedFile } from '../content/parse.ts';
import { schemaProblems } from '../content/read.ts';
import type { Model } from '../model/types.ts';
import type { Problem } from '../problems.ts';
import { archiveParts, checkArchive, type ArchivedVersion } from './archive.ts';

export interface ArchiveRead {
  archive: ArchivedVersion[];
  problems: Problem[];
  /** Parsed files by path, to locate later problems. */
  sources: Map<string, ParsedFile>;
}

/** An archive file already parsed (e.g. by the content reader). */
export interface ParsedArchiveFile {
  file: string;
  parsed: ParsedFile;
}

/** Every archived version under `root`, with schema problems located in their files. */
export async function readArchive(root: string): Promise<ArchiveRead> {
  const files = (await glob(archiveLayout.pattern, { cwd: root, expandDirectories: false })).sort();
  const parsedFiles: ParsedArchiveFile[] = [];
  for (const file of files) {
    parsedFiles.push({ file, parsed: parseMdxFile(await readFile(`${root}/${file}`, 'utf8')) });
  }
  return validateArchive(parsedFiles);
}

/** Validates parsed archive files against the archived-policy schema. */
export function validateArchive(files: Iterable<ParsedArchiveFile>): ArchiveRead {
  const archive: ArchivedVersion[] = [];
  const problems: Problem[] = [];
  const sources = new Map<string, ParsedFile>();
  for (const { file, parsed } of files) {
    sources.set(file, parsed);
    if (parsed.syntaxErrors.length) {
      problems.push(...syntaxProblems(parsed, file, 'front matter'));
      continue;
    }
    const result = archivedPolicySchema.safeParse(parsed.data ?? {});
    if (!result.success) {
      problems.push(...schemaProblems(file, parsed.data, result.error));
      continue;
    }
    archive.push({
      id: archiveIdFor(file),
      policy: archiveParts(file).policy,
      file,
      data: result.data,
    });
  }
  return { archive, problems: locate(problems, sources), sources };
}

function locate(problems: readonly Problem[], sources: Map<string, ParsedFile>): Problem[] {
  return problems.map((p) => {
    if (p.line !== undefined) return p;
    const at = sources.get(p.file)?.locate(p.path);
    return at ? { ...p, ...at } : p;
  });
}

/**
 * Checks the archive files the content reader already parsed (its `sources`, whose
 * archive entries have `collection: 'policyArchive'`): for `tandem check`.
 */
export function checkArchiveSources(
  sources: Iterable<{ collection: string; file: string; parsed: ParsedFile }>,
  model: Model,
): Problem[] {
  const files = [...sources].filter((s) => s.collection === 'policyArchive');
  const { archive, problems, sources: parsed } = validateArchive(files);
  return [...problems, ...locate(checkArchive(model, archive), parsed)];
}
