/** The order a client's evidence records are listed in. */
import type { EvidenceRecord } from './assurance.ts';

/** `records` newest period end first, ties by id; a new array, the input is left as it was. */
export function newestRecordsFirst(records: readonly EvidenceRecord[]): EvidenceRecord[] {
  return [...records].sort(
    (a, b) => b.data.period.end.localeCompare(a.data.period.end) || a.id.localeCompare(b.id),
  );
}
