/** A staff procedure: `content/runbooks/<id>.mdx`. */
import { z } from 'astro/zod';
import { controlRef, isoDate, slug } from './common.ts';

/** One numbered step. */
export const runbookStep = z.strictObject({
  /** What to do, starting with a verb. */
  action: z.string().min(1),
  /** What you should see when it worked. */
  expected: z.string().min(1),
  /** Typical minutes the step takes. */
  minutes: z.number().positive(),
});

/** Who to bring in, and when. */
export const runbookEscalation = z.strictObject({
  /** The condition, e.g. "No restore point newer than 24 hours". */
  when: z.string().min(1),
  /** Role or staff id to escalate to. */
  to: z.string().min(1),
  /** How, e.g. "Page via the on-call line". */
  how: z.string().min(1),
});

export const runbookSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  /** What starts this procedure. */
  trigger: z.string().min(1),
  severity: z.enum(['routine', 'low', 'medium', 'high', 'critical']),
  /** Staff id of the owner. */
  owner: slug,
  prerequisites: z.array(z.string().min(1)).default([]),
  steps: z.array(runbookStep).min(1),
  escalation: z.array(runbookEscalation).min(1),
  last_reviewed: isoDate,
  review_cycle_months: z.number().int().min(1).max(36),
  /** Last exercise or live use; omitted when never tested. */
  last_tested: isoDate.optional(),
  test_cycle_months: z.number().int().min(1).max(36),
  /** Client ids that may read this runbook; staff-only when empty. */
  shared_with: z.array(slug).default([]),
  /**
   * Client id → the day this runbook was shared with that client (a client named in
   * `shared_with`); "What changed" lists it for that client. Omit for sharing before records.
   */
  shared_since: z.record(slug, isoDate).default({}),
  services: z.array(slug).default([]),
  activities: z.array(slug).default([]),
  controls: z.array(controlRef).default([]),
});

export type Runbook = z.infer<typeof runbookSchema>;
export type RunbookStep = z.infer<typeof runbookStep>;
