/** A regulatory or industry framework: `content/frameworks/<id>.yaml`. */
import { z } from 'astro/zod';

/** A section of the framework that groups controls. */
export const controlGroup = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
});

/** One control, requirement or implementation specification. */
export const control = z.strictObject({
  /** The framework's own identifier, e.g. "164.308(a)(1)(ii)(A)" or "PR.AA". */
  id: z.string().regex(/^[A-Za-z0-9.()\-]+$/, {
    error: (issue) =>
      `expected a control id of letters, digits, dots, hyphens and brackets, found "${String(issue.input)}"`,
  }),
  /** A short title in our own words. */
  title: z.string().min(1),
  /** Id of the group it belongs to. */
  group: z.string().min(1),
  /** HIPAA marks implementation specifications Required or Addressable. */
  specification: z.enum(['required', 'addressable']).optional(),
});

export const frameworkSchema = z.strictObject({
  /** Full name, e.g. "HIPAA Security Rule". */
  name: z.string().min(1),
  /** Short label for chips and tables, e.g. "HIPAA". */
  short: z.string().min(1).max(20),
  /** Who publishes or enforces it. */
  issuer: z.string().min(1),
  /** Citation or edition, e.g. "45 CFR Part 164, Subpart C". */
  citation: z.string().min(1),
  /** A paragraph in our own words on what it covers. */
  description: z.string().min(1),
  /** Where to read the source. */
  url: z.url().optional(),
  groups: z.array(controlGroup).min(1),
  controls: z.array(control).min(1),
});

export type Framework = z.infer<typeof frameworkSchema>;
export type Control = z.infer<typeof control>;
