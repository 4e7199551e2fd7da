/**
 * A client's regulatory profile (`regulatory:` in client.yaml): the kind of institution,
 * where its customers live, whether New York DFS licenses it, and the notice terms the
 * provider owes it by contract. The incident obligations are derived from it.
 */
import { z } from 'astro/zod';

/** The kinds of institution whose notification rules Tandem knows. */
export const INSTITUTION_KINDS = [
  'national-bank',
  'state-member-bank',
  'state-nonmember-bank',
  'federally-insured-credit-union',
  'sec-registered-adviser',
  'state-registered-adviser',
  'ftc-financial-institution',
  'hipaa-covered-entity',
] as const;

/** A two-letter US state or territory code, e.g. "NE". */
export const stateCode = z.string().regex(/^[A-Z]{2}$/, {
  error: (issue) => `expected a two-letter state code such as "NE", found "${String(issue.input)}"`,
});

/** Notice the provider owes the client under the contract, on top of any rule. */
export const contractNotice = z.strictObject({
  /** Hours from the provider's detection of a security incident to its notice to the client. */
  hours: z.number().positive(),
  /** Lowest incident severity the term covers. */
  min_severity: z.enum(['low', 'medium', 'high', 'critical']).default('high'),
  /** Where the term is written, e.g. "MSA PFB-2023-07 §7.2". */
  reference: z.string().min(3),
});

export const regulatoryProfile = z.strictObject({
  /** What the institution is, which names its regulator. */
  institution: z.enum(INSTITUTION_KINDS),
  /** HIPAA only: the provider is the covered entity's business associate (a BAA is signed). */
  business_associate: z.boolean().optional(),
  /** HIPAA only: the BAA's breach notice term in days, when shorter than the rule's 60. */
  baa_notice_days: z.number().int().positive().optional(),
  /** Advisers: regulatory assets under management in US dollars. */
  assets_under_management_usd: z.number().nonnegative().optional(),
  /** States (and territories) where its customers, members or patients live. */
  customer_states: z.array(stateCode).min(1),
  /** Licensed or chartered by the New York Department of Financial Services (23 NYCRR 500). */
  nydfs_licensed: z.boolean().default(false),
  /** Notice terms the provider owes the client under the contract. */
  contract_notice: contractNotice.optional(),
});

export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
