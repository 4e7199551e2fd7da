/**
 * Kit documents in the audience folders. A document file is copied into a folder only
 * because a due-diligence page of that folder links to it, and only when the client may
 * receive it (`src/lib/due-diligence/documents.ts`); verify then proves no client folder
 * holds a document — under any name — that the client may not receive.
 */
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { internalLinks } from '../lib/audience/html.ts';
import {
  allDocuments,
  KIT_FILES_DIR,
  KIT_FILES_URL,
  mayReceive,
} from '../lib/due-diligence/documents.ts';
import { unusableFile } from '../lib/due-diligence/files-check.ts';
import type { Model } from '../lib/model/types.ts';
import { fileOf, listFiles, sha256File } from './files.ts';
import type { VerifyIssue } from './verify.ts';
import { urls } from '../lib/urls.ts';

/** The due-diligence pages of an audience folder that may link to documents. */
function kitPages(model: Model, folder: string): string[] {
  const ids = folder === 'staff' ? model.clients.map((c) => c.id) : [folder];
  return ids.map((id) => fileOf(urls.dueDiligence(id)));
}

/** Whether `folder` may hold the document file `file`. */
function permitted(model: Model, folder: string, file: string): boolean {
  if (folder === 'staff') return allDocuments(model).some((ref) => ref.document.file === file);
  return mayReceive(model, folder, file);
}

/**
 * Copies into each folder the documents its due-diligence pages link to. Throws, naming
 * the page, when a page links to a document the folder may not hold.
 */
export async function copyDueDiligenceFiles(
  sitesDir: string,
  folders: Iterable<string>,
  model: Model,
  contentRoot: string,
): Promise<number> {
  let copied = 0;
  for (const folder of folders) {
    const wanted = new Set<string>();
    for (const page of kitPages(model, folder)) {
      const html = await readFile(join(sitesDir, folder, page), 'utf8').catch(() => undefined);
      if (html === undefined) continue;
      for (const link of internalLinks(html)) {
        if (!link.startsWith(KIT_FILES_URL)) continue;
        const file = fileOf(link).slice(KIT_FILES_URL.length - 1);
        if (!permitted(model, folder, file)) {
          throw new Error(
            `${folder}/${page} links to ${link}, which no current kit document shares with ${folder}`,
          );
        }
        wanted.add(file);
      }
    }
    for (const file of [...wanted].sort()) {
      const source = join(contentRoot, KIT_FILES_DIR, file);
      const why = await unusableFile(source);
      if (why) throw new Error(`${KIT_FILES_DIR}/${file} cannot be published: ${why}`);
      const target = join(sitesDir, folder, KIT_FILES_URL.slice(1), file);
      await mkdir(join(target, '..'), { recursive: true });
      await copyFile(source, target);
      copied += 1;
    }
  }
  return copied;
}

/**
 * Every client folder holds only the documents that client may receive: no file under
 * the documents path it is not permitted, and no file anywhere with the bytes of one.
 */
export async function verifyDueDiligenceFiles(
  sitesDir: string,
  folders: Iterable<string>,
  model: Model,
  contentRoot: string,
): Promise<VerifyIssue[]> {
  const documents = new Map<string, { size: number; sha256: string }>();
  for (const { document } of allDocuments(model)) {
    const path = join(contentRoot, KIT_FILES_DIR, document.file);
    if (documents.has(document.file) || (await unusableFile(path))) continue;
    documents.set(document.file, { size: (await stat(path)).size, sha256: await sha256File(path) });
  }
  const issues: VerifyIssue[] = [];
  const prefix = KIT_FILES_URL.slice(1);
  for (const folder of folders) {
    if (folder === 'staff') continue;
    const forbidden = [...documents].filter(([file]) => !mayReceive(model, folder, file));
    const sizes = new Set(forbidden.map(([, d]) => d.size));
    const root = join(sitesDir, folder);
    for (const file of await listFiles(root)) {
      if (file.startsWith(prefix) && !mayReceive(model, folder, file.slice(prefix.length))) {
        issues.push({ folder, file, message: `is a kit document ${folder} may not receive` });
        continue;
      }
      const path = join(root, file);
      if (!sizes.has((await stat(path)).size)) continue;
      const hash = await sha256File(path);
      const match = forbidden.find(([, d]) => d.sha256 === hash);
      if (match) {
        issues.push({
          folder,
          file,
          message: `has the content of ${KIT_FILES_DIR}/${match[0]}, which ${folder} may not receive`,
        });
      }
    }
  }
  return issues;
}
