/**
 * Printing every acknowledgement form to PDF beside its page, in the client's folder and
 * the staff copy (the same bytes: what the client signs). Runs after assembly, before
 * the link check, and only when the build is asked to (see `ackFormPdfs`).
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ackDocuments } from '../lib/records/documents.ts';
import type { Model } from '../lib/model/types.ts';
import { audienceOrigin } from '../lib/site-url.ts';
import { ackFormTarget } from '../cli/report/ack-form-target.ts';

/** Prints the forms of every client in `folders`; returns how many PDFs were written. */
export async function printAckForms(
  sitesDir: string,
  folders: Iterable<string>,
  model: Model,
  contentRoot: string,
): Promise<number> {
  // Loaded here so a build without printed forms never needs Playwright.
  const { printPdfs } = await import('../cli/report/print.ts');
  const list = [...folders];
  const baseUrl = model.provider.data.site?.base_url;
  let written = 0;
  for (const client of list.filter((f) => f !== 'staff' && model.clientsById.has(f))) {
    const docs = await ackDocuments(contentRoot, model, client);
    const targets = docs.map((doc) => ackFormTarget(model, client, doc));
    if (!targets.length) continue;
    const origin = baseUrl ? audienceOrigin(baseUrl, client) : undefined;
    const results = await printPdfs(sitesDir, client, targets, 'letter', origin);
    for (const { target, pdf } of results) {
      const file = join(sitesDir, client, target.path, target.fileName);
      await writeFile(file, pdf);
      if (list.includes('staff')) {
        await copyFile(file, join(sitesDir, 'staff', target.path, target.fileName));
      }
      written++;
    }
  }
  return written;
}
