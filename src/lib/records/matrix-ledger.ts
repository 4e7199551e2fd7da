/**
 * The matrix ledger, `matrix-ledger.yaml` at the top of the content root: per client,
 * every published matrix version in order, with the SHA-256 of its frozen file.
 * `npm run matrix:publish` writes it; `npm run check` verifies every version file.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { isoDate } from '../../schemas/index.ts';
import { parseYamlRecord } from '../content/yaml-record.ts';
import { error, type Problem } from '../problems.ts';
import { matrixVersionFile } from './matrix-snapshot.ts';
import { verifyRecordText } from './snapshot-check.ts';

/** Where the matrix ledger lives, relative to the content root. */
export const MATRIX_LEDGER_FILE = 'matrix-ledger.yaml';
/** The rule id of matrix record problems. */
export const MATRIX_RULE = 'records/matrix';

const hex = z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected 64 lowercase hex digits' });

/** One published version of a client's matrix. */
export const matrixLedgerEntry = z.strictObject({
  /** 1, 2, 3… in the order published; names the file `matrix-versions/<number>.json`. */
  number: z.number().int().min(1),
  /** The `matrix.version` the client's file carried. */
  matrix_version: z.string().min(1),
  effective: isoDate,
  published: isoDate,
  /** published, or adopted (a matrix in force before the ledger, recorded as it stood). */
  event: z.enum(['published', 'adopted']),
  summary: z.string().min(1),
  /** SHA-256 of the version file. */
  sha256: hex,
});

export const matrixLedgerSchema = z.strictObject({
  version: z.literal(1),
  clients: z.record(z.string(), z.array(matrixLedgerEntry).min(1)),
});

/** One published version of a client's matrix. */
export type MatrixLedgerEntry = z.infer<typeof matrixLedgerEntry>;
/** Client id → versions, oldest first. */
export type MatrixLedger = Map<string, MatrixLedgerEntry[]>;

const HEADER = `# Matrix ledger: every published version of each client's responsibility matrix, with the
# SHA-256 of its frozen file (clients/<id>/matrix-versions/<number>.json). Written by
# \`npm run matrix:publish\`; \`npm run check\` fails when a version file no longer matches.
# Do not edit by hand.
`;

/** Reads the matrix ledger's text; an absent file is an empty ledger. */
export function parseMatrixLedger(text: string | undefined): {
  ledger: MatrixLedger;
  problems: Problem[];
} {
  const ledger: MatrixLedger = new Map();
  if (text === undefined) return { ledger, problems: [] };
  const { data, problems } = parseYamlRecord(
    text,
    matrixLedgerSchema,
    MATRIX_LEDGER_FILE,
    MATRIX_RULE,
    'matrix ledger',
  );
  for (const [client, entries] of Object.entries(data?.clients ?? {})) ledger.set(client, entries);
  return { ledger, problems };
}

/** Reads the matrix ledger under `root`. */
export async function readMatrixLedger(root: string) {
  const text = await readFile(join(root, MATRIX_LEDGER_FILE), 'utf8').catch(() => undefined);
  return parseMatrixLedger(text);
}

/** The ledger as committed text, clients sorted. */
export function serializeMatrixLedger(ledger: MatrixLedger): string {
  const clients = Object.fromEntries([...ledger].sort(([a], [b]) => a.localeCompare(b)));
  return HEADER + stringify({ version: 1, clients }, { lineWidth: 0 });
}

/** The next `matrix.version` after `version`: the last number goes up by one ("2.0" → "2.1"). */
export function nextMatrixVersion(version: string): string {
  const match = /^(.*?)(\d+)$/.exec(version);
  return match ? `${match[1]}${Number(match[2]) + 1}` : `${version}.1`;
}

/** Problems with the matrix ledger under `root` against the clients `known`. */
export async function checkMatrixLedger(
  root: string,
  known: ReadonlySet<string>,
): Promise<Problem[]> {
  const { ledger, problems } = await readMatrixLedger(root);
  if (problems.length) return problems;
  for (const [client, versions] of ledger) {
    // A client whose file is invalid is not in the model, but its folder still exists.
    if (!known.has(client) && !existsSync(join(root, 'clients', client, 'client.yaml'))) {
      problems.push(
        error(
          MATRIX_RULE,
          MATRIX_LEDGER_FILE,
          ['clients', client],
          'versions of a client that does not exist',
          {
            expected: 'a client id with a folder under clients/',
            found: client,
          },
        ),
      );
      continue;
    }
    for (const [i, entry] of versions.entries()) {
      if (entry.number !== i + 1) {
        problems.push(
          error(
            MATRIX_RULE,
            MATRIX_LEDGER_FILE,
            ['clients', client, i, 'number'],
            'matrix versions are numbered 1, 2, 3… in order',
            {
              expected: String(i + 1),
              found: String(entry.number),
            },
          ),
        );
      }
      const file = matrixVersionFile(client, entry.number);
      const text = await readFile(join(root, file), 'utf8').catch(() => undefined);
      if (text === undefined) {
        problems.push(
          error(MATRIX_RULE, file, [], 'a published matrix version is missing', {
            expected: `version ${entry.number} as published ${entry.published}`,
            found: 'no such file',
          }),
        );
        continue;
      }
      problems.push(...verifyRecordText(file, text, entry.sha256, entry.published, MATRIX_RULE));
    }
  }
  return problems;
}
