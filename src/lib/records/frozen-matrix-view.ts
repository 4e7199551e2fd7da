/** How a frozen matrix version is laid out: rows grouped by domain, and the people on each row. */
import type { FrozenMatrixRow, MatrixSnapshot } from './matrix-snapshot.ts';

/** The snapshot's rows grouped by domain, domains in the order they first appear. */
export function snapshotSections(
  snapshot: MatrixSnapshot,
): Array<{ domain: string; title: string; rows: FrozenMatrixRow[] }> {
  const domains = [...new Set(snapshot.rows.map((r) => r.domain))];
  return domains.map((domain) => {
    const rows = snapshot.rows.filter((r) => r.domain === domain);
    return { domain, title: rows[0]!.domain_title, rows };
  });
}

/** "Party: person; Party: person" for a frozen row, naming parties as the snapshot did. */
export function snapshotPeopleLine(snapshot: MatrixSnapshot, row: FrozenMatrixRow): string {
  return Object.entries(row.people)
    .map(([party, who]) => `${snapshot.parties.find((p) => p.id === party)?.name ?? party}: ${who}`)
    .join('; ');
}
