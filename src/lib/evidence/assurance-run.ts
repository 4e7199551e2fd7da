/** The assurance part of `npm run check`: read, validate, check rules and attachment hashes. */
import type { Model } from '../model/types.ts';
import type { Problem } from '../problems.ts';
import { checkAssurance, checkAttachments } from './assurance-check.ts';
import { locateAssurance, readAssurance } from './assurance-read.ts';

/** Every problem in the evidence records, exceptions and decisions under `root`. */
export async function checkAssuranceContent(
  root: string,
  model: Model | undefined,
  today: string,
): Promise<Problem[]> {
  const read = await readAssurance(root);
  const problems = [...read.problems, ...(await checkAttachments(root, read.assurance))];
  if (model) problems.push(...checkAssurance(model, read.assurance, today));
  return locateAssurance(problems, read.parsed);
}
