/**
 * Frozen records are JSON files whose bytes are hashed into a ledger. A seal inside the
 * file keeps the hash of each field (two levels deep), so when the file no longer matches
 * its ledger hash the error can name the field that was edited, not just the file.
 */
import { createHash } from 'node:crypto';

/** SHA-256 of text, hex; CRLF is read as LF so a Windows checkout verifies the same. */
export function sha256(text: string | Buffer): string {
  const value = Buffer.isBuffer(text) ? text.toString('utf8') : text;
  return createHash('sha256').update(value.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/** A value as stable text: keys in the order written, two-space indent, final newline. */
export function recordText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Field path ("targets.3", "names.staff") → SHA-256 of that field's JSON. */
export type Seal = Record<string, string>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The seal of `record`: a hash per top-level field and per field one level below. */
export function sealOf(record: Record<string, unknown>): Seal {
  const seal: Seal = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'seal') continue;
    seal[key] = sha256(JSON.stringify(value) ?? 'undefined');
    if (!isObject(value)) continue;
    for (const [inner, child] of Object.entries(value)) {
      seal[`${key}.${inner}`] = sha256(JSON.stringify(child) ?? 'undefined');
    }
  }
  return seal;
}

/** `record` with its seal as the last field, ready to write. */
export function sealed<T extends Record<string, unknown>>(record: T): T & { seal: Seal } {
  const { seal: _old, ...rest } = record as T & { seal?: unknown };
  return { ...(rest as T), seal: sealOf(rest) };
}

/**
 * The fields of `record` whose content no longer matches its seal, deepest only, e.g.
 * `["targets.3"]`; `["seal"]` when there is no seal; empty when every field matches.
 */
export function editedFields(record: Record<string, unknown>): string[] {
  const seal = record.seal;
  if (!isObject(seal)) return ['seal'];
  const now = sealOf(record);
  const keys = new Set([...Object.keys(now), ...Object.keys(seal)]);
  const changed = [...keys].filter((k) => now[k] !== seal[k]).sort();
  const deepest = changed.filter((k) => !changed.some((o) => o !== k && o.startsWith(`${k}.`)));
  return deepest;
}
