/** What an examiner package as of today would hold, for the staff page per client. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '../schemas/index.ts';
import { contentRoot } from '../lib/content/root.ts';
import { readArchive } from '../lib/evidence/archive-read.ts';
import { readMatrixVersions } from '../lib/records/matrix-read.ts';
import { assuranceOf } from '../lib/evidence/assurance.ts';
import { examPackage, type ExamPackage } from '../lib/exam/package.ts';
import type { Entry, Model } from '../lib/model/types.ts';
import { getAssurance } from './assurance.ts';

/** The package `npm run exam` would write for `client` as of `asOf` (without the PDFs). */
export async function examListing(
  model: Model,
  client: Entry<Client>,
  asOf: string,
): Promise<ExamPackage> {
  const root = contentRoot();
  const { archive } = await readArchive(root);
  return examPackage(
    model,
    assuranceOf(await getAssurance(), client.id),
    archive,
    { client, asOf, matrixVersions: await readMatrixVersions(root, client.id) },
    (file) => readFileSync(join(root, file)),
  );
}
