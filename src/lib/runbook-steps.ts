/** What a runbook's steps add up to. */
import type { RunbookStep } from '../schemas/index.ts';

/** The typical minutes the whole runbook takes: the sum of its steps' minutes. */
export function runbookMinutes(steps: readonly Pick<RunbookStep, 'minutes'>[]): number {
  return steps.reduce((sum, s) => sum + s.minutes, 0);
}
