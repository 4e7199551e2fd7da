/**
 * Each kind of dated evidence with the cycle within which it keeps a control Operating.
 * The table is the rule: the binder, the docs table and the sample read it from here.
 */
import type { EvidenceKind } from '../../schemas/index.ts';

/** Label and cycle (months after the period ends) of one evidence kind. */
export interface KindRule {
  label: string;
  cycleMonths: number;
  /** How often, in words. */
  cycle: string;
}

/** Cycle per evidence kind, from common examination practice (FFIEC, NCUA, HIPAA 164.308). */
export const EVIDENCE_KINDS: Record<EvidenceKind, KindRule> = {
  'access-review': { label: 'Access review', cycleMonths: 3, cycle: 'quarterly' },
  'restore-test': { label: 'Restore test', cycleMonths: 3, cycle: 'quarterly' },
  'vulnerability-scan': { label: 'Vulnerability scan', cycleMonths: 3, cycle: 'quarterly' },
  'dr-test': { label: 'Disaster recovery test', cycleMonths: 12, cycle: 'annually' },
  tabletop: { label: 'Tabletop exercise', cycleMonths: 12, cycle: 'annually' },
  'penetration-test': { label: 'Penetration test', cycleMonths: 12, cycle: 'annually' },
  'training-roster': { label: 'Training roster', cycleMonths: 12, cycle: 'annually' },
  'board-approval': { label: 'Board approval', cycleMonths: 12, cycle: 'annually' },
  'policy-approval': { label: 'Policy approval', cycleMonths: 12, cycle: 'annually' },
  'vendor-review': { label: 'Vendor review', cycleMonths: 12, cycle: 'annually' },
  'risk-assessment': { label: 'Risk assessment', cycleMonths: 12, cycle: 'annually' },
};

/** The kind rule for `kind`. */
export function kindRule(kind: EvidenceKind): KindRule {
  return EVIDENCE_KINDS[kind];
}
