/**
 * Every kit document must be a regular file in `provider/due-diligence/files/`: not
 * missing, and never a link that could carry another file (a key, a config) into the site.
 */
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Model } from '../model/types.ts';
import { error, type Problem } from '../problems.ts';
import { allDocuments, KIT_FILES_DIR } from './documents.ts';

/** Why `path` cannot be published as a kit document, or undefined when it can. */
export async function unusableFile(path: string): Promise<string | undefined> {
  const stats = await lstat(path).catch(() => undefined);
  if (!stats) return 'no such file';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (!stats.isFile()) return 'not a regular file';
  return undefined;
}

/** Problems with the files the kit's documents name, under content root `root`. */
export async function checkKitFiles(root: string, model: Model): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const { item, document, index } of allDocuments(model)) {
    const why = await unusableFile(join(root, KIT_FILES_DIR, document.file));
    if (why) {
      problems.push(
        error(
          'due-diligence/document-file',
          item.file,
          ['documents', index, 'file'],
          `the document file cannot be published: ${why}`,
          { expected: `a regular file at ${KIT_FILES_DIR}/${document.file}`, found: why },
        ),
      );
    }
  }
  return problems;
}
