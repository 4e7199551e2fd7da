/**
 * The content check as one call: read the tree, validate it, run every check. Used by
 * `npm run check` and as the first phase of `npm run build`.
 */
import { readContent, locateProblems } from '../content/read.ts';
import { buildModel } from '../model/build.ts';
import type { Model } from '../model/types.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { checkModel } from './model.ts';

export interface CheckResult {
  model: Model | undefined;
  problems: Problem[];
  files: number;
}

export interface CheckOptions {
  today: string;
}

/** Runs every check over the content under `root`. */
export async function checkContent(root: string, options: CheckOptions): Promise<CheckResult> {
  const { raw, sources, problems } = await readContent(root);
  const { model, problems: indexProblems } = buildModel(raw);
  problems.push(...indexProblems);
  if (model) problems.push(...checkModel(model, options.today));
  return { model, problems: sortProblems(locateProblems(problems, sources)), files: sources.size };
}
