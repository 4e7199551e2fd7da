/** The assurance part of `npm run check`: read, validate, check rules and attachment hashes. */
import type { Model } from '../model/types.ts';
import type { Problem } from '../problems.ts';
import { checkAssurance, checkAttachments } from './assurance-check.ts';
import { locateAssurance, readAssurance } from './assurance-read.ts';
import { checkAssuranceSecrets } from './assurance-secrets.ts';
import { medicalRecordPattern } from '../checks/secrets/check.ts';

/** Every problem in the evidence records, exceptions and decisions under `root`. */
export async function checkAssuranceContent(
  root: string,
  model: Model | undefined,
  today: string,
): Promise<Problem[]> {
  const read = await readAssurance(root);
  const pattern = model?.provider.data.medical_record_pattern;
  const mrn = pattern ? medicalRecordPattern(pattern, model!.provider.file).regex : undefined;
  const problems = [
    ...read.problems,
    ...(await checkAttachments(root, read.assurance)),
    ...(await checkAssuranceSecrets(root, read, mrn)),
  ];
  if (model) problems.push(...checkAssurance(model, read.assurance, today));
  return locateAssurance(problems, read.parsed);
}
