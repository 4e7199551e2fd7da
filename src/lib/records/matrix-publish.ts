/**
 * Publishing a client's matrix version: the checks on the options, the edit to the
 * client's `matrix` block, and the ledger entry. The CLI reads and writes the files.
 */
import { parseDocument, type Scalar, type YAMLSeq } from 'yaml';
import { resolveMatrix } from '../matrix/resolve.ts';
import type { Model } from '../model/types.ts';
import { diffMatrixRows, type RowChange } from './matrix-diff.ts';
import { nextMatrixVersion, type MatrixLedgerEntry } from './matrix-ledger.ts';
import { captureMatrixSnapshot, frozenRows, type MatrixSnapshot } from './matrix-snapshot.ts';

/** A refusal with a reason the author can act on. */
export class MatrixPublishError extends Error {}

/** What to publish. */
export interface MatrixPublishOptions {
  summary: string;
  effective: string;
  by: string;
  day: string;
}

/** Checks the options of a publish; returns them cleaned. */
export function validatePublish(options: MatrixPublishOptions): MatrixPublishOptions {
  const summary = options.summary.trim();
  if (summary.length < 10) {
    throw new MatrixPublishError(
      `--summary must say what changed in a sentence (at least 10 characters), found "${summary}"`,
    );
  }
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(options.effective) ||
    Number.isNaN(Date.parse(options.effective))
  ) {
    throw new MatrixPublishError(
      `--effective must be a date written YYYY-MM-DD, found "${options.effective}"`,
    );
  }
  return { ...options, summary };
}

/** A scalar for a YAML line: single-quoted, with quotes doubled. */
function quoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The client.yaml text with its matrix bumped to the next version, effective on
 * `effective`, and a changelog line appended. Only those spans change: the rest of the
 * file keeps its bytes, comments and line folding.
 */
export function bumpClientMatrix(
  text: string,
  options: MatrixPublishOptions,
): { text: string; version: string } {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const versionNode = doc.getIn(['matrix', 'version'], true) as Scalar | undefined;
  const effectiveNode = doc.getIn(['matrix', 'effective'], true) as Scalar | undefined;
  const changelog = doc.getIn(['matrix', 'changelog'], true) as YAMLSeq | undefined;
  const lastItem = changelog?.items.at(-1) as { range?: [number, number, number] } | undefined;
  if (!versionNode?.range || !effectiveNode?.range || !lastItem?.range || !changelog?.range) {
    throw new MatrixPublishError(
      'the client file has no matrix.version, matrix.effective and matrix.changelog to update',
    );
  }
  const version = nextMatrixVersion(String(versionNode.value));
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const itemLine = text.slice(lineStart(changelog.range[0]), changelog.range[0]);
  const dash = itemLine.replace(/\S.*$/, '');
  const pad = `${dash}  `;
  const afterLast = text.indexOf('\n', lastItem.range[1] - 1) + 1 || text.length;
  const entry =
    `${dash}- version: ${quoted(version)}\n` +
    `${pad}date: ${options.effective}\n` +
    `${pad}by: ${quoted(options.by)}\n` +
    `${pad}summary: ${quoted(options.summary)}\n`;
  const edits: Array<[number, number, string]> = [
    [versionNode.range[0], versionNode.range[1], quoted(version)],
    [effectiveNode.range[0], effectiveNode.range[1], options.effective],
    [afterLast, afterLast, entry],
  ];
  let out = text;
  for (const [from, to, value] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, from) + value + out.slice(to);
  }
  return { text: out, version };
}

/** The rows that differ between the last published version and the live matrix. */
export function unpublishedChanges(
  model: Model,
  clientId: string,
  last: MatrixSnapshot | undefined,
): RowChange[] {
  const client = model.clientsById.get(clientId);
  if (!client || !last) return [];
  return diffMatrixRows(last.rows, frozenRows(resolveMatrix(model, client)));
}

/** The snapshot and ledger entry for `clientId`'s matrix as it now stands in `model`. */
export function matrixVersionRecord(
  model: Model,
  clientId: string,
  number: number,
  day: string,
  summary: string,
  event: MatrixLedgerEntry['event'],
): { snapshot: MatrixSnapshot; entry: Omit<MatrixLedgerEntry, 'sha256'> } {
  const client = model.clientsById.get(clientId)!;
  const matrix = resolveMatrix(model, client);
  const snapshot = captureMatrixSnapshot(client, matrix, number, day, summary);
  return {
    snapshot,
    entry: {
      number,
      matrix_version: matrix.version,
      effective: matrix.effective,
      published: day,
      event,
      summary,
    },
  };
}
