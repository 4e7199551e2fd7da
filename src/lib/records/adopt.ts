/**
 * What `report:publish --record` does with each published report: adopt one the ledger
 * never recorded, add a snapshot to one recorded before snapshots existed, leave a fully
 * recorded one alone, or refuse one whose bytes no longer match the ledger.
 */
import type { LedgerEntry } from '../reports/ledger.ts';

/** The decision for one published report. */
export type Adoption =
  | { action: 'adopt'; reason: string }
  | { action: 'add-snapshot'; reason: string }
  | { action: 'none'; reason: string }
  | { action: 'refuse'; reason: string };

/** Decides what `--record` does with a published report whose bytes hash to `hash`. */
export function adoptionFor(versions: readonly LedgerEntry[], hash: string): Adoption {
  const last = versions.at(-1);
  if (!last) return { action: 'adopt', reason: 'published but never recorded in the ledger' };
  if (last.sha256 !== hash) {
    return {
      action: 'refuse',
      reason: `changed since it was recorded on ${last.recorded}: record a correction (--correct) or restore it`,
    };
  }
  if (!last.snapshot) {
    return { action: 'add-snapshot', reason: `recorded on ${last.recorded} without a snapshot` };
  }
  return { action: 'none', reason: `already recorded with its snapshot on ${last.recorded}` };
}

/** The ledger entry that adopts a report as it stands on `day`. */
export function adoptionEntry(
  hash: string,
  snapshot: string,
  day: string,
  corrections: number,
  publishedAt: string | undefined,
): LedgerEntry {
  return {
    sha256: hash,
    recorded: day,
    event: 'adopted',
    corrections,
    snapshot,
    note: `published ${publishedAt ?? 'before the ledger'}; adopted on ${day} with a snapshot of the targets, names and rules as they stood that day`,
  };
}
