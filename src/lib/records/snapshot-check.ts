/**
 * A report snapshot must be the bytes the ledger recorded. When it is not, the error
 * names the snapshot file and the field that differs from the snapshot's own seal.
 */
import { error, type FieldPath, type Problem } from '../problems.ts';
import { editedFields, sha256 } from './seal.ts';

/** The rule id of every snapshot problem. */
export const SNAPSHOT_RULE = 'records/snapshot';

function fieldPath(dotted: string): FieldPath {
  return dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Problems with frozen record `text` at `file`, which the ledger says hashes to `expected`. */
export function verifyRecordText(
  file: string,
  text: string,
  expected: string,
  recorded: string,
  rule = SNAPSHOT_RULE,
): Problem[] {
  const hash = sha256(text);
  if (hash === expected) return [];
  const want = `the version recorded ${recorded} (sha256 ${expected.slice(0, 12)}…)`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [
      error(rule, file, [], 'the frozen record is not valid JSON any more', {
        expected: want,
        found: 'unparseable JSON',
      }),
    ];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return [error(rule, file, [], 'the frozen record is not a JSON object', { expected: want })];
  }
  const fields = editedFields(parsed as Record<string, unknown>);
  if (!fields.length) {
    return [
      error(rule, file, [], 'the frozen record was rewritten after it was recorded', {
        expected: want,
        found: `sha256 ${hash.slice(0, 12)}… with every field matching its seal`,
      }),
    ];
  }
  return fields.map((field) =>
    error(rule, file, fieldPath(field), 'the frozen record was edited by hand', {
      expected: `${want}; change it only with a recorded correction`,
      found: `a value that differs from the one sealed at publication`,
    }),
  );
}
