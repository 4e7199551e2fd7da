/**
 * Evidence records, exceptions and decisions for the pages, read with the same reader and
 * checked with the same rules as `npm run check` (attachment hashes included), once per
 * build. A problem stops the build with the file and field named.
 */
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import type { Assurance } from '../lib/evidence/assurance.ts';
import { checkAssurance, checkAttachments } from '../lib/evidence/assurance-check.ts';
import { locateAssurance, readAssurance } from '../lib/evidence/assurance-read.ts';
import { formatProblemsPlain } from '../lib/problems.ts';
import { getModel } from './model.ts';

async function load(): Promise<Assurance> {
  const root = contentRoot();
  const model = await getModel();
  const read = await readAssurance(root);
  const problems = locateAssurance(
    [
      ...read.problems,
      ...checkAssurance(model, read.assurance, today()),
      ...(await checkAttachments(root, read.assurance)),
    ],
    read.parsed,
  ).filter((p) => p.severity === 'error');
  if (problems.length) {
    throw new Error(
      `The evidence content has ${problems.length} error(s):\n${formatProblemsPlain(problems)}`,
    );
  }
  return read.assurance;
}

let cached: Promise<Assurance> | undefined;

/** Every client's evidence records, exceptions and decisions, checked once per build. */
export function getAssurance(): Promise<Assurance> {
  cached ??= load();
  return cached;
}
