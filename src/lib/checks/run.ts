/**
 * The content check as one call: read the tree, validate it, run every check. Used by
 * `npm run check` and as the first phase of `npm run build`.
 */
import { guard } from '../content/crash.ts';
import { readContent, locateProblems } from '../content/read.ts';
import { buildModel } from '../model/build.ts';
import type { Model } from '../model/types.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { withoutCascades } from './cascade.ts';
import { checkModel } from './model.ts';
import { checkSources } from './sources.ts';
import { checkReportLedger } from '../reports/ledger-check.ts';
import { checkRecords } from '../records/check.ts';
import { checkArchiveSources } from '../evidence/archive-read.ts';
import { checkKitFiles } from '../due-diligence/files-check.ts';
import { checkAssuranceContent } from '../evidence/assurance-run.ts';

export interface CheckResult {
  model: Model | undefined;
  problems: Problem[];
  files: number;
}

export interface CheckOptions {
  today: string;
}

/**
 * Runs every check over the content under `root`. Content problems come back as
 * problems; anything unexpected is thrown as a `ContentCrash` naming the file.
 */
export async function checkContent(root: string, options: CheckOptions): Promise<CheckResult> {
  const { raw, sources, problems } = await readContent(root);
  const { model, problems: indexProblems } = buildModel(raw);
  problems.push(...indexProblems);
  if (model) problems.push(...guard('the content model', () => checkModel(model, options.today)));
  problems.push(...checkSources(sources, model));
  if (model) problems.push(...checkArchiveSources(sources.values(), model));
  problems.push(...(await checkReportLedger(root, raw.reports)));
  if (model) problems.push(...(await checkKitFiles(root, model)));
  problems.push(...(await checkAssuranceContent(root, model, options.today)));
  problems.push(...(await checkRecords(root, model, options.today)));
  return {
    model,
    problems: sortProblems(locateProblems(withoutCascades(problems, sources), sources)),
    files: sources.size,
  };
}
