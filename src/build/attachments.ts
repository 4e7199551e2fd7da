/**
 * Evidence attachments reach an audience folder only through its pages: every link from a
 * page of the folder to `/clients/<id>/evidence/files/<yyyy>/<file>` is resolved to the
 * record's attachment, its SHA-256 checked again, and the file copied into that folder. A
 * link to another client's attachment from a client folder is an error, so an attachment
 * sits only in its client's folder and the staff folder, always linked from a page there.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { internalLinks } from '../lib/audience/html.ts';
import { attachmentUrl, type EvidenceRecord } from '../lib/evidence/assurance.ts';
import { sha256File } from '../lib/evidence/assurance-check.ts';
import { readAssurance } from '../lib/evidence/assurance-read.ts';
import { listFiles } from './files.ts';

const ATTACHMENT_LINK = /^\/clients\/([a-z0-9-]+)\/evidence\/files\/\d{4}\/[^/?#]+$/;

/** Copies every attachment a page of each folder links to; returns how many were copied. */
export async function copyAttachments(
  contentRoot: string,
  sitesDir: string,
  folders: readonly string[],
): Promise<number> {
  const { assurance } = await readAssurance(contentRoot);
  const byUrl = new Map<string, EvidenceRecord>();
  for (const { records } of assurance.values()) {
    for (const record of records) {
      const url = attachmentUrl(record);
      if (url) byUrl.set(url, record);
    }
  }
  const verified = new Set<string>();
  let copied = 0;
  for (const folder of folders) {
    const root = join(sitesDir, folder);
    const wanted = new Set<string>();
    for (const page of (await listFiles(root)).filter((f) => f.endsWith('.html'))) {
      for (const link of internalLinks(await readFile(join(root, page), 'utf8'))) {
        const match = ATTACHMENT_LINK.exec(link);
        if (!match) continue;
        if (folder !== 'staff' && match[1] !== folder) {
          throw new Error(`${folder}/${page}: links to ${link}, an attachment of another client`);
        }
        wanted.add(link);
      }
    }
    for (const url of [...wanted].sort()) {
      const record = byUrl.get(url);
      if (!record?.attachmentFile)
        throw new Error(`${folder}: a page links to ${url}, which no evidence record attaches`);
      const source = join(contentRoot, record.attachmentFile);
      if (!verified.has(url)) {
        const actual = await sha256File(source);
        if (actual !== record.data.attachment!.sha256) {
          throw new Error(
            `${record.file}: attachment.sha256 does not match ${record.attachmentFile} (expected ${record.data.attachment!.sha256}, found ${actual})`,
          );
        }
        verified.add(url);
      }
      const target = join(root, url);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(source, target);
      copied++;
    }
  }
  return copied;
}
