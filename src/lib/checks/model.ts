/**
 * The checks that need only validated data: run by the Astro build (so a bad tree never
 * renders) and by `npm run check`, which adds checks on bodies and raw text (sources.ts).
 */
import { checkMatrixRules } from '../matrix/rules.ts';
import type { Model } from '../model/types.ts';
import type { Problem } from '../problems.ts';
import { checkDates } from './dates.ts';
import { checkIds } from './ids.ts';
import { checkReferences } from './references.ts';
import { checkReports } from '../reports/checks/index.ts';
import { checkProfiles } from '../obligations/profile-check.ts';
import { checkDueDiligence } from '../due-diligence/checks.ts';

/** Every data-level problem in `model`, judged on `today`. */
export function checkModel(model: Model, today: string): Problem[] {
  return [
    ...checkIds(model),
    ...checkReferences(model),
    ...checkMatrixRules(model),
    ...checkDates(model, today),
    ...checkReports(model, today),
    ...checkProfiles(model),
    ...checkDueDiligence(model, today),
  ];
}
