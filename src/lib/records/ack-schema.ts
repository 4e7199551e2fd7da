/** The acknowledgements file of a client: `clients/<id>/acknowledgements.yaml`. */
import { z } from 'astro/zod';
import { isoDate, slug } from '../../schemas/index.ts';

/** One acknowledgement of one exact document version by a client contact. */
export const acknowledgement = z.strictObject({
  /** `matrix`, `policy:<policy-id>` or `report:<YYYY-MM>`. */
  doc: z.string().regex(/^(matrix|policy:[a-z0-9-]+|report:\d{4}-\d{2})$/, {
    error: 'expected matrix, policy:<policy-id> or report:<YYYY-MM>',
  }),
  /** The document version acknowledged: matrix or policy version, or the report's ledger version number. */
  version: z.string().min(1),
  /** SHA-256 of that exact version, as recorded when it was acknowledged. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected 64 lowercase hex digits' }),
  /** Contact id of the client person who acknowledged it. */
  by: slug,
  date: isoDate,
  method: z.enum(['email', 'e-sign', 'meeting', 'paper']).default('email'),
  /** Ticket or envelope reference. */
  ref: z.string().optional(),
});

export const acknowledgementsSchema = z.strictObject({
  acknowledgements: z.array(acknowledgement).default([]),
});

/** One acknowledgement. */
export type Acknowledgement = z.infer<typeof acknowledgement>;

/** Where a client's acknowledgements live, relative to the content root. */
export function acknowledgementsFile(client: string): string {
  return `clients/${client}/acknowledgements.yaml`;
}
