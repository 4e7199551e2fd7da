/**
 * The responsibility-matrix template, one YAML file per domain:
 * `content/activities/<domain-id>.yaml`.
 */
import { z } from 'astro/zod';
import { controlRef, raciCells, slug } from './common.ts';

/** One row of the template. */
export const activity = z.strictObject({
  /** Id used by client overrides; unique across all domains. */
  id: slug,
  /** What is done, starting with a verb: "Apply critical OS patches to servers". */
  title: z.string().min(1),
  /** More detail when the title is not enough. */
  description: z.string().optional(),
  /** How often it happens, e.g. "Monthly", "Continuous", "On request". */
  frequency: z.string().min(1),
  /** The catalog service that delivers it; none for work the client always keeps. */
  service: slug.optional(),
  /** Controls this activity helps satisfy. */
  controls: z.array(controlRef).default([]),
  /**
   * A regulated outcome stays Accountable to the client whatever the contract says
   * (interagency third-party guidance, 88 FR 37920).
   */
  regulated_outcome: z.boolean().default(false),
  /** Whoever does the work may not also answer for it: no party holds both R and A. */
  segregation_of_duties: z.boolean().default(false),
  /** Default letters per party when the client subscribes to the delivering service. */
  raci: raciCells,
});

export const domainSchema = z.strictObject({
  /** Heading of the domain in every matrix, e.g. "Patch management". */
  title: z.string().min(1),
  /** Position in the matrix; lower first. */
  order: z.number().int(),
  /** What the domain covers. */
  description: z.string().min(1),
  activities: z.array(activity).min(1),
});

export type Activity = z.infer<typeof activity>;
export type Domain = z.infer<typeof domainSchema>;
