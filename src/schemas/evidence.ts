/**
 * Dated evidence, exceptions and control decisions of one client:
 * `content/clients/<id>/evidence/<yyyy>/<slug>.yaml` (or `.mdx`), `exceptions.yaml` and
 * `decisions.yaml` beside `client.yaml`.
 */
import { z } from 'astro/zod';
import { controlRef, isoDate, slug } from './common.ts';

/** The kinds of evidence an examiner asks for; cycles per kind are in src/lib/evidence/kinds.ts. */
export const evidenceKind = z.enum([
  'access-review',
  'restore-test',
  'dr-test',
  'tabletop',
  'vulnerability-scan',
  'penetration-test',
  'training-roster',
  'board-approval',
  'policy-approval',
  'vendor-review',
  'risk-assessment',
]);

/** Someone at the institution who signed something off: a contact id of the client. */
export const institutionApproval = z.strictObject({
  /** Contact id from the client's `contacts` (an employee of the client, not a vendor). */
  contact: slug,
  /** The day they approved it. */
  date: isoDate,
});

/** A file stored beside the record, with the SHA-256 it had when it was recorded. */
export const attachment = z.strictObject({
  /** File name in the same folder as the record: letters, digits, dots, hyphens. */
  file: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.[A-Za-z0-9]+$/, {
    error: (issue) =>
      `expected a plain file name such as "access-review-2026-q3.csv", found "${String(issue.input)}"`,
  }),
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, {
    error: 'expected 64 lowercase hexadecimal characters (the SHA-256 of the file)',
  }),
  /** What the file is, e.g. "Signed review sheet". */
  title: z.string().min(1).optional(),
});

/** One dated piece of evidence that a control operated. */
export const evidenceRecordSchema = z.strictObject({
  /** What was done, in a line. */
  title: z.string().min(1),
  kind: evidenceKind,
  /** The period the work covers; a one-day activity has start = end. */
  period: z.strictObject({ start: isoDate, end: isoDate }),
  /** Who did the work: a provider staff id or a client contact id. */
  performed_by: slug,
  /** Who at the institution approved the result, and when. */
  approved_by: institutionApproval,
  /** The controls it evidences, `<framework>:<control>`. */
  controls: z.array(controlRef).min(1),
  /** What was found or decided, in a sentence or two. */
  summary: z.string().min(1),
  attachment: attachment.optional(),
});

/** A risk the institution accepted instead of meeting a control, until a date. */
export const riskException = z.strictObject({
  /** Stable id, e.g. "exc-2026-01". */
  id: slug,
  title: z.string().min(1),
  /** The controls it covers, `<framework>:<control>`. */
  controls: z.array(controlRef).min(1),
  /** What is not done, and why. */
  not_done: z.string().min(1),
  /** What reduces the risk meanwhile. */
  compensating: z.array(z.string().min(1)).default([]),
  risk: z.enum(['low', 'medium', 'high', 'critical']),
  /** Who at the institution accepted the risk, and when. */
  accepted_by: institutionApproval,
  /** The last day the acceptance holds; after it the control is judged as if there were none. */
  expires: isoDate,
  /** The day it is next reviewed (on or before `expires`). */
  next_review: isoDate,
});

/** `content/clients/<id>/exceptions.yaml`. */
export const exceptionsFileSchema = z.strictObject({
  exceptions: z.array(riskException).default([]),
});

/**
 * A documented decision on one control: not applicable, or for a HIPAA addressable
 * specification implemented / alternative / not reasonable (45 CFR 164.306(d)(3)).
 */
export const controlDecision = z.strictObject({
  control: controlRef,
  decision: z.enum(['not-applicable', 'implemented', 'alternative', 'not-reasonable']),
  /** Why; for an alternative, what is done instead. */
  reason: z.string().min(10, { error: 'a decision needs a reason of at least a short sentence' }),
  /** Who at the institution decided, and when. */
  decided_by: institutionApproval,
});

/** `content/clients/<id>/decisions.yaml`. */
export const decisionsFileSchema = z.strictObject({
  decisions: z.array(controlDecision).default([]),
});

export type EvidenceKind = z.infer<typeof evidenceKind>;
export type EvidenceRecordData = z.infer<typeof evidenceRecordSchema>;
export type RiskException = z.infer<typeof riskException>;
export type ControlDecision = z.infer<typeof controlDecision>;
export type InstitutionApproval = z.infer<typeof institutionApproval>;

/** `content/clients/<id>/board/<yyyy>.yaml`: what management adds to the annual report to the board. */
export const boardReportSchema = z.strictObject({
  /** The year reported on; must match the file name. */
  year: z.number().int().min(2000).max(2100),
  /** A draft is staff-only; a published report is the client's. */
  status: z.enum(['draft', 'published']),
  /** Provider staff id of the author. */
  prepared_by: slug,
  /** Client contact id of the person who presents it (e.g. the information security officer). */
  presented_by: slug,
  /** The day it went to the board; required once published. */
  presented: isoDate.optional(),
  /** Management's view of the program's overall status, in a short paragraph. */
  overall: z.string().min(1),
  /** The provider's own assurance report as the client knows it, e.g. "SOC 2 Type II, 2025, unqualified". */
  provider_assurance: z.string().min(1),
  /** Changes management recommends to the program. */
  recommendations: z.array(z.string().min(1)).default([]),
});

export type BoardReportData = z.infer<typeof boardReportSchema>;
