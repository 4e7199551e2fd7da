/**
 * The provider's vendor due-diligence kit: one YAML file per item under
 * `content/provider/due-diligence/<item-id>.yaml`, each with a `kind`. Regulated clients
 * must review these every year (interagency third-party guidance, 88 FR 37920).
 */
import { z } from 'astro/zod';
import { isoDate, slug } from './common.ts';

/** Client kinds, as `client.yaml` writes `industry`; `all` for a term every client gets. */
export const clientKind = z.enum([
  'all',
  'community-bank',
  'credit-union',
  'healthcare',
  'wealth-management',
  'insurance',
]);

/** A file the provider hands to clients, kept in `provider/due-diligence/files/`. */
export const kitDocument = z.strictObject({
  /** File name inside `provider/due-diligence/files/`, e.g. "soc2-type2-2026.pdf". */
  file: z
    .string({ error: 'expected a file name such as "soc2-type2-2026.pdf"' })
    .regex(/^[a-z0-9][a-z0-9._-]*\.(pdf|txt|csv|xlsx|docx)$/, {
      error: (issue) =>
        `expected a lowercase file name ending .pdf, .txt, .csv, .xlsx or .docx (no folders), found "${String(issue.input)}"`,
    }),
  /** What the reader downloads, e.g. "SOC 2 Type II report". */
  label: z.string().min(1),
  /** Client ids that receive the file, or "all". SOC reports also need an NDA on file. */
  shared_with: z.union([z.literal('all'), z.array(slug).min(1)], {
    error: 'expected "all" or a list of client ids',
  }),
  /** Only clients with `due_diligence.nda_signed` receive it (always so for SOC reports). */
  nda_required: z.boolean().default(false),
});

/** Fields every kit item has. */
const common = {
  /** Heading on the client's page, e.g. "SOC 2 Type II report". */
  title: z.string().min(1),
  /** One or two sentences for the reader. */
  summary: z.string().min(1).optional(),
  /**
   * Left out, the status follows from the dates (current, expiring, expired). `current`
   * asserts the item is current, and the check fails once its expiry has passed;
   * `superseded` keeps it in the content for the record, off every page.
   */
  status: z.enum(['current', 'superseded']).optional(),
  /** When the item stops being current; defaults to 12 months after its own date. */
  expires: isoDate.optional(),
  /** Position on the page; lower first. */
  order: z.number().int().default(100),
  documents: z.array(kitDocument).default([]),
};

/** A control the SOC report assumes each client runs, mapped to matrix activities. */
export const cuec = z.strictObject({
  /** Short id, stable year to year, e.g. "cuec-1". */
  id: slug,
  /** The control as the report words it, in our own words. */
  text: z.string().min(1),
  /** Matrix activity ids whose work carries this control. */
  activities: z.array(slug).default([]),
});

/** An exception the auditor noted in the period. */
export const socException = z.strictObject({
  /** Trust services criterion, e.g. "CC6.2". */
  criterion: z.string().min(1),
  /** What the auditor found. */
  finding: z.string().min(1),
  /** What management did about it. */
  response: z.string().min(1),
});

const socReport = z.strictObject({
  kind: z.literal('soc-report'),
  ...common,
  /** "SOC 2 Type II", "SOC 1 Type II", … */
  report_type: z.enum(['SOC 1 Type I', 'SOC 1 Type II', 'SOC 2 Type I', 'SOC 2 Type II']),
  /** Trust services categories covered, e.g. ["Security", "Availability"]. */
  categories: z.array(z.string().min(1)).min(1),
  period: z.strictObject({ start: isoDate, end: isoDate }),
  /** The CPA firm. */
  auditor: z.string().min(1),
  opinion: z.enum(['unqualified', 'qualified', 'adverse', 'disclaimer']),
  /** The day the report was issued. */
  issued: isoDate,
  exceptions: z.array(socException).default([]),
  /** Management's letter covering the months since the period ended. */
  bridge_letter: z
    .strictObject({
      /** The day it was signed. */
      date: isoDate,
      /** The last day it speaks for. */
      covers_through: isoDate,
    })
    .optional(),
  /** Complementary user entity controls. */
  cuecs: z.array(cuec).default([]),
});

const insurance = z.strictObject({
  kind: z.literal('insurance'),
  ...common,
  carrier: z.string().min(1),
  coverage: z.enum([
    'cyber',
    'errors-and-omissions',
    'general-liability',
    'crime',
    'umbrella',
    'workers-compensation',
  ]),
  policy_number: z.string().min(1).optional(),
  /** Limits in US dollars. */
  limits: z.strictObject({
    per_claim: z.number().int().positive(),
    aggregate: z.number().int().positive(),
  }),
  effective: isoDate,
  /** Insurance always states its own expiry. */
  expires: isoDate,
});

const continuityTest = z.strictObject({
  kind: z.literal('continuity-test'),
  ...common,
  /** The day of the exercise. */
  date: isoDate,
  /** What was rehearsed. */
  scenario: z.string().min(1),
  rto_target_hours: z.number().positive(),
  rto_achieved_hours: z.number().nonnegative(),
  rpo_target_hours: z.number().positive(),
  rpo_achieved_hours: z.number().nonnegative(),
  result: z.enum(['passed', 'passed-with-findings', 'failed']),
  findings: z.array(z.string().min(1)).default([]),
});

const penetrationTest = z.strictObject({
  kind: z.literal('penetration-test'),
  ...common,
  date: isoDate,
  /** The firm that tested. */
  tester: z.string().min(1),
  scope: z.string().min(1),
  findings: z.strictObject({
    critical: z.number().int().nonnegative(),
    high: z.number().int().nonnegative(),
    medium: z.number().int().nonnegative(),
    low: z.number().int().nonnegative(),
  }),
  /** Where remediation stands, in a sentence. */
  remediation: z.string().min(1),
});

/** A company the provider relies on to deliver the service. */
export const subprocessor = z.strictObject({
  name: z.string().min(1),
  /** What they do for the provider. */
  service: z.string().min(1),
  /** What client data they can reach; "none" is an answer, silence is not. */
  data: z.string({ error: 'say what client data this subprocessor can reach' }).min(1),
  /** Where the data is processed or stored. */
  location: z.string().min(1),
});

const subprocessors = z.strictObject({
  kind: z.literal('subprocessors'),
  ...common,
  /** The day the list was last confirmed. */
  reviewed: isoDate,
  subprocessors: z.array(subprocessor).min(1),
});

const policyReference = z.strictObject({
  kind: z.literal('policy-reference'),
  ...common,
  topic: z.enum(['background-checks', 'security-training', 'other']),
  /** Provider policy id that holds the detail, when it is published in the portal. */
  policy: slug.optional(),
  last_reviewed: isoDate,
});

const financialStatements = z.strictObject({
  kind: z.literal('financial-statements'),
  ...common,
  fiscal_year_end: isoDate,
  statement: z.enum(['audited', 'reviewed', 'compiled']),
  /** How a client obtains them, e.g. "On request, under NDA". */
  availability: z.string().min(1),
});

/** One notice the provider commits to, for one kind of client. */
export const noticeTerm = z
  .strictObject({
    client_kind: clientKind,
    /** What triggers the notice. */
    event: z.string().min(1),
    /** What the provider promises. */
    commitment: z.string().min(1),
    /** Hours from the provider's determination to the notice, when the term has a clock. */
    within_hours: z.number().positive().optional(),
    /** Whether a regulation sets the term, or the contract alone. */
    basis: z.enum(['regulation', 'contract']),
    /** The rule text it rests on, e.g. "12 CFR 304.24". Required when basis is regulation. */
    citation: z.string().min(1).optional(),
  })
  .refine((term) => term.basis !== 'regulation' || term.citation, {
    error: 'a term based on a regulation needs its citation',
    path: ['citation'],
  });

const noticeTerms = z.strictObject({
  kind: z.literal('notice-terms'),
  ...common,
  /** The day the terms took effect. */
  effective: isoDate,
  terms: z.array(noticeTerm).min(1),
});

/** Any item of the kit, told apart by `kind`. */
export const dueDiligenceItemSchema = z.discriminatedUnion(
  'kind',
  [
    socReport,
    insurance,
    continuityTest,
    penetrationTest,
    subprocessors,
    policyReference,
    financialStatements,
    noticeTerms,
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'expected kind: soc-report | insurance | continuity-test | penetration-test | subprocessors | policy-reference | financial-statements | notice-terms'
        : undefined,
  },
);

export type DueDiligenceItem = z.infer<typeof dueDiligenceItemSchema>;
export type KitDocument = z.infer<typeof kitDocument>;
export type Cuec = z.infer<typeof cuec>;
export type NoticeTerm = z.infer<typeof noticeTerm>;
export type ClientKind = z.infer<typeof clientKind>;
export type Subprocessor = z.infer<typeof subprocessor>;
export type DueDiligenceKind = DueDiligenceItem['kind'];
