/** A monthly security report: `content/clients/<client-id>/reports/<YYYY-MM>.mdx`. */
import { z } from 'astro/zod';
import { isoDate, isoMonth, slug, timestamp } from './common.ts';
import { metricsSchema } from './metrics.ts';

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
