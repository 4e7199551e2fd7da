/** The notification obligations engine: one table, one evaluator, plain JSON results. */
export { OBLIGATION_RULES, OBLIGATION_RULES_VERSION, obligationRule } from './table.ts';
export { evaluateObligations } from './evaluate.ts';
export type * from './types.ts';
