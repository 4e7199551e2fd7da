/** What an examiner package as of today would hold, for the staff page per client. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '../schemas/index.ts';
import { contentRoot } from '../lib/content/root.ts';
import { readArchive } from '../lib/evidence/archive-read.ts';
import { readMatrixVersions } from '../lib/records/matrix-read.ts';
import { assuranceOf } from '../lib/evidence/assurance.ts';
import { examPackage, type ExamPackage } from '../lib/exam/package.ts';
import { NoMatrixVersionError } from '../lib/exam/matrix-version.ts';
import type { Entry, Model } from '../lib/model/types.ts';
import { getAssurance } from './assurance.ts';

/**
 * The package `npm run exam` would write for `client` as of `asOf` (without the PDFs), or
 * why none can be written yet (no published matrix version in force that day).
 */
export async function examListing(
  model: Model,
  client: Entry<Client>,
  asOf: string,
): Promise<{ pkg: ExamPackage } | { unavailable: string }> {
  const root = contentRoot();
  const { archive } = await readArchive(root);
  try {
    const pkg = examPackage(
      model,
      assuranceOf(await getAssurance(), client.id),
      archive,
      { client, asOf, matrixVersions: await readMatrixVersions(root, client.id) },
      (file) => readFileSync(join(root, file)),
    );
    return { pkg };
  } catch (err) {
    if (err instanceof NoMatrixVersionError) return { unavailable: err.message };
    throw err;
  }
}
