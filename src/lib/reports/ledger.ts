/**
 * The report ledger: `report-ledger.yaml` at the top of the content root, committed with
 * the content. For every published report it keeps the SHA-256 of each version that was
 * published, oldest first: the first when it was published, one more per correction.
 * `npm run report:publish` writes it; `npm run check` compares every published report
 * with its last hash.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { isoDate } from '../../schemas/index.ts';
import { parseYamlRecord } from '../content/yaml-record.ts';
import type { FieldPath, Problem } from '../problems.ts';

/** Where the ledger lives, relative to the content root. */
export const LEDGER_FILE = 'report-ledger.yaml';

/** One recorded version of a published report. */
export const ledgerEntry = z.strictObject({
  /** SHA-256 of the file, hex, with line endings normalised to LF. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected 64 lowercase hex digits' }),
  /** The day this version was recorded. */
  recorded: isoDate,
  /**
   * Why this version was recorded: published, corrected, or adopted (a report published
   * before its snapshot or ledger entry existed, recorded later as it then stood).
   */
  event: z.enum(['published', 'corrected', 'adopted']),
  /** How many correction entries the file carried at this version. */
  corrections: z.number().int().min(0),
  /** SHA-256 of the report's snapshot file (`<period>.snapshot.json`) at this version. */
  snapshot: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'expected 64 lowercase hex digits' })
    .optional(),
  /** For an adopted version: what was adopted and when, in words. */
  note: z.string().optional(),
});

/** The whole ledger file. */
export const ledgerSchema = z.strictObject({
  version: z.literal(1),
  /** Report file (relative to the content root) → its versions, oldest first. */
  reports: z.record(
    z.string().regex(/^clients\/[a-z0-9-]+\/reports\/\d{4}-\d{2}\.mdx?$/, {
      error: 'expected a report path such as clients/<client>/reports/2026-10.mdx',
    }),
    z.array(ledgerEntry).min(1),
  ),
});

/** One recorded version of a published report. */
export type LedgerEntry = z.infer<typeof ledgerEntry>;

/** Report file → versions, oldest first. */
export type Ledger = Map<string, LedgerEntry[]>;

const HEADER = `# Report ledger: the SHA-256 of every published monthly security report and of its
# snapshot, one entry per version (published or adopted, then one per correction). Written by
# \`npm run report:publish\`; \`npm run check\` fails when a published report or its snapshot
# no longer matches its last entry. Do not edit by hand.
`;

/** SHA-256 of a report's bytes; CRLF is read as LF so a Windows checkout verifies the same. */
export function reportHash(bytes: Buffer | string): string {
  const text = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8');
  const normalised = text.includes('\r\n')
    ? Buffer.from(text.toString('latin1').replace(/\r\n/g, '\n'), 'latin1')
    : text;
  return createHash('sha256').update(normalised).digest('hex');
}

/** The ledger as read, with its problems and a way to locate fields. */
export interface ParsedLedger {
  ledger: Ledger;
  problems: Problem[];
  /** Where a field is written in the ledger file. */
  locate: (path: FieldPath) => { line: number; column: number } | undefined;
}

/** Reads the ledger's text; problems name the ledger file and the field, with line numbers. */
export function parseLedger(text: string | undefined): ParsedLedger {
  const ledger: Ledger = new Map();
  if (text === undefined) return { ledger, problems: [], locate: () => undefined };
  const { data, problems, locate } = parseYamlRecord(
    text,
    ledgerSchema,
    LEDGER_FILE,
    'reports/ledger',
    'ledger',
    'valid YAML',
  );
  for (const [file, entries] of Object.entries(data?.reports ?? {})) ledger.set(file, entries);
  return { ledger, problems, locate };
}

/** The ledger as committed text: files sorted, so the same ledger always gives the same bytes. */
export function serializeLedger(ledger: Ledger): string {
  const reports = Object.fromEntries([...ledger].sort(([a], [b]) => a.localeCompare(b)));
  return HEADER + stringify({ version: 1, reports }, { lineWidth: 0 });
}

/** The ledger with `entry` appended to `file`'s versions. */
export function recordVersion(ledger: Ledger, file: string, entry: LedgerEntry): Ledger {
  const next: Ledger = new Map(ledger);
  next.set(file, [...(ledger.get(file) ?? []), entry]);
  return next;
}
