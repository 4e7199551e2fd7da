/**
 * A policy: provider-wide in `content/policies/<id>.mdx`, or a client's own in
 * `content/clients/<client-id>/policies/<id>.mdx`.
 */
import { z } from 'astro/zod';
import { approval, changeEntry, controlRef, isoDate, slug } from './common.ts';

export const policySchema = z.strictObject({
  title: z.string().min(1),
  /** One sentence for lists and search results. */
  summary: z.string().min(1),
  /** Role or person who keeps it current. */
  owner: z.string().min(1),
  version: z.string().min(1),
  status: z.enum(['draft', 'approved', 'retired']),
  /** The day this version took effect. */
  effective: isoDate,
  /** Months between reviews. */
  review_cycle_months: z.number().int().min(1).max(36),
  /** When the next review is due. */
  next_review: isoDate,
  approved_by: approval.optional(),
  /**
   * Who may read a provider-wide policy: every client, or staff only. A client's own
   * policy is always visible to that client and staff.
   */
  visibility: z.enum(['clients', 'staff']).default('clients'),
  /** Set on a client's own policy; must match the folder it lives in. */
  client: slug.optional(),
  controls: z.array(controlRef).default([]),
  services: z.array(slug).default([]),
  runbooks: z.array(slug).default([]),
  /** Authored change history, newest first. */
  history: z.array(changeEntry).min(1),
});

export type Policy = z.infer<typeof policySchema>;

/**
 * A superseded version of a policy, kept readable and never deleted:
 * `policies/archive/<policy-id>/<version>.mdx`, or the same under a client's
 * `clients/<client-id>/policies/` folder. The body is the text as it stood.
 */
export const archivedPolicySchema = z.strictObject({
  /** The title the version carried. */
  title: z.string().min(1),
  /** The superseded version; must match the file name. */
  version: z.string().min(1),
  /** The day this version took effect. */
  effective: isoDate,
  /** The day a later version replaced it. */
  superseded: isoDate,
  /** Who kept this version current. */
  owner: z.string().min(1),
  approved_by: approval.optional(),
  /** One sentence on what this version said, for the version list. */
  summary: z.string().min(1).optional(),
});

export type ArchivedPolicy = z.infer<typeof archivedPolicySchema>;
