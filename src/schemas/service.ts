/** A service in the catalog: `content/services/<id>.mdx` front matter. */
import { z } from 'astro/zod';
import { controlRef, slug } from './common.ts';
import { kpiTarget } from './metrics.ts';

/** Response and resolution commitment for one severity. */
export const tierTarget = z.strictObject({
  /** Severity id from the provider's scale. */
  severity: slug,
  /** Minutes until a person is working the issue. */
  response_minutes: z.number().int().positive(),
  /** Hours until it is resolved or a workaround is in place; omitted when not committed. */
  resolution_hours: z.number().positive().optional(),
});

/** A level of a service a client can subscribe to. */
export const tier = z.strictObject({
  id: slug,
  name: z.string().min(1),
  /** What distinguishes this tier, in a sentence. */
  description: z.string().min(1),
  /** Hours this tier is staffed, e.g. "24×7×365". */
  hours: z.string().min(1),
  targets: z.array(tierTarget).min(1),
  /** KPI targets this tier promises, replacing the service's own for its subscribers. */
  kpis: z.array(kpiTarget).default([]),
});

export const serviceSchema = z.strictObject({
  title: z.string().min(1),
  /** One sentence for the catalog card. */
  summary: z.string().min(1),
  /** Catalog grouping. */
  category: z.enum(['operations', 'security', 'resilience', 'compliance']),
  /** Position in the catalog; lower first. */
  order: z.number().int().default(100),
  /** What the client gets. */
  includes: z.array(z.string().min(1)).min(1),
  /** What is explicitly not part of it. */
  excludes: z.array(z.string().min(1)).default([]),
  /** Levels a client may subscribe to; the first is the default. */
  tiers: z.array(tier).min(1),
  /** KPIs and targets the service commits to in every monthly report. */
  kpis: z.array(kpiTarget).default([]),
  /** Framework controls the service helps satisfy. */
  controls: z.array(controlRef).default([]),
});

export type Service = z.infer<typeof serviceSchema>;
export type Tier = z.infer<typeof tier>;
