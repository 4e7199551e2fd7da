/** A monthly security report: `content/clients/<client-id>/reports/<YYYY-MM>.mdx`. */
import { z } from 'astro/zod';
import { isoDate, isoMonth, slug, timestamp } from './common.ts';
import { stateCode } from './regulatory.ts';
import { metricsSchema } from './metrics.ts';

/** Kinds of data an incident can involve. */
export const DATA_KINDS = [
  'customer-information',
  'sensitive-customer-information',
  'phi',
  'credentials',
  'employee-information',
  'none',
] as const;

/** A security incident handled during the month. */
export const incident = z.strictObject({
  /** The ticket or case reference. */
  id: z.string().min(1),
  title: z.string().min(1),
  severity: z.enum(['low', 'medium', 'high', 'critical']),
  /** What happened and what was done, in two or three sentences. */
  summary: z.string().min(1),
  detected: timestamp,
  contained: timestamp.optional(),
  resolved: timestamp.optional(),
  /** When the client was told; required when services were disrupted for 4 hours or more. */
  client_notified: timestamp.optional(),
  /** Hours the client's services were disrupted or degraded; 0 when none. */
  disruption_hours: z.number().min(0).default(0),
  /** The client judged it reportable to its regulator (e.g. NCUA 12 CFR 748.1(c)). */
  reportable: z.boolean().default(false),
  /** When the client determined it was reportable; the regulator clock starts here. */
  determined_reportable: timestamp.optional(),
  /** When the regulator was notified. */
  regulator_notified: timestamp.optional(),
  // Facts the notification obligations need. Each is optional: an obligation whose facts
  // are missing shows "not determined" rather than a guess.
  /** First time anyone at the client knew of it, when earlier than the provider's detection. */
  discovered: timestamp.optional(),
  /** When the provider determined what kind of incident it was (its own notice clocks start here). */
  provider_determined: timestamp.optional(),
  /** People whose information was involved, in total. */
  people_affected: z.number().int().nonnegative().optional(),
  /** People whose information was involved, by state of residence (two-letter code). */
  people_by_state: z.record(stateCode, z.number().int().nonnegative()).optional(),
  /** Whether the data involved was encrypted (and the key was not taken). */
  data_encrypted: z.boolean().optional(),
  /** The kinds of data involved; `none` when no data was involved. */
  data_kinds: z.array(z.enum(DATA_KINDS)).min(1).optional(),
  /** Whether data was taken (acquired), only seen or reachable (accessed), or untouched. */
  data_exposure: z.enum(['acquired', 'accessed', 'none']).optional(),
  /** The breach was of a system the provider maintains for the client. */
  provider_system: z.boolean().optional(),
  /** Disruption of covered services was reasonably likely to last 4 hours or more. */
  disruption_likely_4h: z.boolean().optional(),
  /** The disruption was scheduled maintenance, testing or an update announced beforehand. */
  planned_maintenance: z.boolean().default(false),
  /** The facts may be suspicious activity (a SAR decision is owed). */
  suspicious_activity: z.boolean().optional(),
  /** When the SAR decision (file, or not and why) was recorded. */
  sar_decided: timestamp.optional(),
  /** When an extortion (ransom) payment was made, if one was. */
  extortion_paid: timestamp.optional(),
  /** When each notice was given, by obligation id (see docs/notification-obligations.md). */
  notices: z.record(slug, timestamp).default({}),
});

/** A recommendation to the client, carried forward month to month until closed. */
export const recommendation = z.strictObject({
  id: slug,
  title: z.string().min(1),
  detail: z.string().optional(),
  priority: z.enum(['high', 'medium', 'low']),
  /** Party id expected to act. */
  owner: slug,
  status: z.enum(['open', 'in-progress', 'done', 'declined']),
  /** Month it was first raised. */
  raised: isoMonth,
  due: isoDate.optional(),
});

/** Why a published report was changed after publication. */
export const correction = z.strictObject({
  date: isoDate,
  by: z.string().min(1),
  reason: z.string().min(10),
});

export const reportSchema = z.strictObject({
  /** Client id; must match the folder the report lives in. */
  client: slug,
  /** Month covered; must match the file name. */
  period: isoMonth,
  status: z.enum(['draft', 'published']),
  /** Provider staff id of the author. */
  prepared_by: slug,
  /** Provider staff id of the reviewer. */
  reviewed_by: slug.optional(),
  /** Day it was published; required once published. */
  published_at: isoDate.optional(),
  /** One-line headline for the archive and search results. */
  headline: z.string().min(1),
  metrics: metricsSchema,
  incidents: z.array(incident).default([]),
  recommendations: z.array(recommendation).default([]),
  corrections: z.array(correction).default([]),
});

export type Report = z.infer<typeof reportSchema>;
export type Incident = z.infer<typeof incident>;
export type Recommendation = z.infer<typeof recommendation>;
