/**
 * Building blocks shared by every content schema. Plain zod from `astro/zod`, so the
 * same definitions run inside Astro's content layer and in the Node CLI.
 */
import { z } from 'astro/zod';

/** An id used in URLs and cross-references: lowercase letters, digits and single hyphens. */
export const slug = z
  .string({ error: 'expected an id such as "patch-management"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `expected lowercase letters, digits and single hyphens (e.g. "patch-management"), found "${String(issue.input)}"`,
  });

/** A reference to a framework control, written `<framework-id>:<control-id>`. */
export const controlRef = z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9.()\-]+$/, {
  error: (issue) =>
    `expected "<framework>:<control>" such as "nist-csf-2:PR.AA", found "${String(issue.input)}"`,
});

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** YAML readers may hand us a Date for an unquoted date; normalise to the ISO string. */
function dateToIsoDay(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime())
    ? value.toISOString().slice(0, 10)
    : value;
}

/** A calendar date, `YYYY-MM-DD`, kept as a string so output never depends on a time zone. */
export const isoDate = z.preprocess(
  dateToIsoDay,
  z
    .string({ error: 'expected a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      error: (issue) => `expected a date written YYYY-MM-DD, found "${String(issue.input)}"`,
    })
    .refine(isRealDate, { error: (issue) => `"${String(issue.input)}" is not a calendar date` }),
);

/** A calendar month, `YYYY-MM`. */
export const isoMonth = z
  .string({ error: 'expected a month written YYYY-MM' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
    error: (issue) => `expected a month written YYYY-MM, found "${String(issue.input)}"`,
  });

/** A point in time with an explicit offset; normalised to UTC ISO-8601. */
export const timestamp = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString() : value),
  z
    .string({ error: 'expected a timestamp such as 2026-03-04T09:15:00-05:00' })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, {
      error: (issue) =>
        `expected a timestamp with a time zone such as 2026-03-04T09:15:00-05:00, found "${String(issue.input)}"`,
    })
    .transform((value) => new Date(value).toISOString()),
);

/** One or more RACI letters for a party, e.g. "R", "A" or "RA". */
export const raciLetters = z
  .string({ error: 'expected RACI letters such as "R" or "RA"' })
  .regex(/^[RACI]{1,4}$/, {
    error: (issue) =>
      `expected letters from R, A, C, I (e.g. "R" or "RA"), found "${String(issue.input)}"`,
  })
  .refine((value) => new Set(value).size === value.length, {
    error: (issue) => `a letter is repeated in "${String(issue.input)}"`,
  });

/** A party id → letters map, one cell of the matrix per party. */
export const raciCells = z.record(slug, raciLetters);

/** Someone who signed something off. */
export const approval = z.strictObject({
  /** Full name of the approver. */
  name: z.string().min(1),
  /** Their role, e.g. "Chief Information Security Officer". */
  title: z.string().optional(),
  /** The day they approved it. */
  date: isoDate,
});

/** One entry of an authored change log. */
export const changeEntry = z.strictObject({
  /** Version the change produced. */
  version: z.string().min(1),
  /** The day it took effect. */
  date: isoDate,
  /** Who made it. */
  by: z.string().min(1),
  /** What changed and why, in a sentence. */
  summary: z.string().min(1),
});

export type Approval = z.infer<typeof approval>;
export type ChangeEntry = z.infer<typeof changeEntry>;
