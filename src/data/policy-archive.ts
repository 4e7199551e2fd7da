/**
 * Archived policy versions from Astro's `policyArchive` collection, checked against the
 * model once per build: a broken archive stops the build with the file and field named.
 * (Data access for the policy pages; the pure rules live in src/lib/evidence/archive.ts.)
 */
import { getCollection } from 'astro:content';
import { relative, resolve } from 'node:path';
import { contentRoot } from '../lib/content/root.ts';
import { archiveParts, checkArchive, type ArchivedVersion } from '../lib/evidence/archive.ts';
import type { Model } from '../lib/model/types.ts';
import { formatProblemsPlain } from '../lib/problems.ts';

let cached: Promise<ArchivedVersion[]> | undefined;

async function load(model: Model): Promise<ArchivedVersion[]> {
  const root = contentRoot();
  const entries = await getCollection('policyArchive');
  const archive = entries
    .map((entry): ArchivedVersion => {
      const file = relative(root, resolve(entry.filePath ?? ''))
        .split('\\')
        .join('/');
      return { id: entry.id, policy: archiveParts(file).policy, file, data: entry.data };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const errors = checkArchive(model, archive);
  if (errors.length) {
    throw new Error(
      `The policy archive has ${errors.length} error(s):\n${formatProblemsPlain(errors)}`,
    );
  }
  return archive;
}

/** Every archived version in the content, validated. */
export function getArchive(model: Model): Promise<ArchivedVersion[]> {
  cached ??= load(model);
  return cached;
}
