/**
 * Which rule asks for an annual report to the board, per kind of institution, and which
 * part of it each section of Tandem's report answers. Wording checked against the rule
 * text: the interagency guidelines and NCUA's Appendix A list "risk assessment; risk
 * management and control decisions; service provider arrangements; results of testing;
 * security breaches or violations and management's responses; and recommendations for
 * changes"; the FTC rule says "security events or violations" and puts the overall status
 * in (i)(1) and the material matters in (i)(2).
 */
import type { Client } from '../../schemas/index.ts';

/** The sections of the report, in order. */
export type BoardSectionId =
  | 'overall'
  | 'risk-assessment'
  | 'risk-decisions'
  | 'service-providers'
  | 'testing'
  | 'events'
  | 'recommendations';

/** One rule that requires the report, and where in it each section's matter is listed. */
export interface BoardRule {
  citation: string;
  /** Who it binds, in a few words. */
  applies: string;
  sections: Record<BoardSectionId, string>;
}

const INTERAGENCY = (cite: string): Record<BoardSectionId, string> => ({
  overall: `${cite}: overall status of the program and compliance with the Guidelines`,
  'risk-assessment': `${cite}: risk assessment`,
  'risk-decisions': `${cite}: risk management and control decisions`,
  'service-providers': `${cite}: service provider arrangements`,
  testing: `${cite}: results of testing`,
  events: `${cite}: security breaches or violations and management's responses`,
  recommendations: `${cite}: recommendations for changes in the program`,
});

/** The rule per industry; an industry without one has no required board report. */
export const BOARD_RULES: Partial<Record<Client['industry'], BoardRule>> = {
  'community-bank': {
    citation: '12 CFR 364, Appendix B, III.F',
    applies: 'FDIC-supervised banks (the same text is in 12 CFR 30 App. B for national banks)',
    sections: INTERAGENCY('12 CFR 364 App. B III.F'),
  },
  'credit-union': {
    citation: '12 CFR 748, Appendix A, III.F',
    applies: 'federally insured credit unions',
    sections: INTERAGENCY('12 CFR 748 App. A III.F'),
  },
  'wealth-management': {
    citation: '16 CFR 314.4(i)',
    applies: 'financial institutions under the FTC Safeguards Rule',
    sections: {
      overall: '16 CFR 314.4(i)(1): overall status of the program and compliance with the rule',
      'risk-assessment': '16 CFR 314.4(i)(2): risk assessment',
      'risk-decisions': '16 CFR 314.4(i)(2): risk management and control decisions',
      'service-providers': '16 CFR 314.4(i)(2): service provider arrangements',
      testing: '16 CFR 314.4(i)(2): results of testing',
      events: "16 CFR 314.4(i)(2): security events or violations and management's responses",
      recommendations: '16 CFR 314.4(i)(2): recommendations for changes in the program',
    },
  },
};

/** The rule that asks `client` for a board report, if any. */
export function boardRule(client: Client): BoardRule | undefined {
  return BOARD_RULES[client.industry];
}
