/** What changed between two published versions of a client's matrix, row by row. */
import type { FrozenMatrixRow } from './matrix-snapshot.ts';

/** One party whose letters or person changed on a row. */
export interface PartyChange {
  party: string;
  before?: string;
  after?: string;
}

/** One row that differs between two versions. */
export interface RowChange {
  activity: string;
  title: string;
  domain_title: string;
  kind: 'added' | 'removed' | 'changed';
  letters: PartyChange[];
  people: PartyChange[];
  /** The override reason on the newer row (or the removed row). */
  reason?: string;
  source?: { before: string; after: string };
}

function changes(a: Record<string, string>, b: Record<string, string>): PartyChange[] {
  const parties = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return parties
    .filter((p) => a[p] !== b[p])
    .map((party) => ({
      party,
      ...(a[party] !== undefined ? { before: a[party] } : {}),
      ...(b[party] !== undefined ? { after: b[party] } : {}),
    }));
}

/** Rows added, removed and changed (letters, people, source) from `before` to `after`. */
export function diffMatrixRows(
  before: readonly FrozenMatrixRow[],
  after: readonly FrozenMatrixRow[],
): RowChange[] {
  const old = new Map(before.map((r) => [r.activity, r]));
  const now = new Map(after.map((r) => [r.activity, r]));
  const out: RowChange[] = [];
  for (const row of after) {
    const prior = old.get(row.activity);
    const base = { activity: row.activity, title: row.title, domain_title: row.domain_title };
    const reason = row.reason ? { reason: row.reason } : {};
    if (!prior) {
      out.push({
        ...base,
        kind: 'added',
        letters: changes({}, row.letters),
        people: changes({}, row.people),
        ...reason,
      });
      continue;
    }
    const letters = changes(prior.letters, row.letters);
    const people = changes(prior.people, row.people);
    const moved = prior.source !== row.source;
    if (letters.length || people.length || moved || prior.reason !== row.reason) {
      out.push({
        ...base,
        kind: 'changed',
        letters,
        people,
        ...reason,
        ...(moved ? { source: { before: prior.source, after: row.source } } : {}),
      });
    }
  }
  for (const row of before) {
    if (now.has(row.activity)) continue;
    out.push({
      activity: row.activity,
      title: row.title,
      domain_title: row.domain_title,
      kind: 'removed',
      letters: changes(row.letters, {}),
      people: changes(row.people, {}),
      ...(row.reason ? { reason: row.reason } : {}),
    });
  }
  return out;
}
