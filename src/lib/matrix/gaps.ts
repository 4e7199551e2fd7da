/**
 * Gaps are reported, not hidden: a row the client's frameworks need whose work has no
 * owner, or whose owner has nobody named (or nobody to cover for them).
 */
import type { MatrixGap, MatrixRow } from './types.ts';

/** Gaps across the rows that support at least one of the client's framework controls. */
export function findGaps(rows: readonly MatrixRow[]): MatrixGap[] {
  const gaps: MatrixGap[] = [];
  for (const row of rows) {
    if (row.clientControls.length === 0) continue;
    const activity = row.activity.id;
    if (row.responsible.length === 0) {
      gaps.push({
        activity,
        kind: 'no-responsible',
        message: 'Nobody is Responsible for this work.',
      });
      continue;
    }
    for (const party of row.responsible) {
      const coverage = row.coverage.find((c) => c.party === party);
      if (!coverage?.primary) {
        gaps.push({
          activity,
          party,
          kind: 'no-primary',
          message: 'No named person does this work.',
        });
      } else if (!coverage.backup) {
        gaps.push({
          activity,
          party,
          kind: 'no-backup',
          message: `${coverage.primary.name} has no named backup.`,
        });
      }
    }
  }
  return gaps;
}
