/** The words a binder row uses for its evidence: who does the work, tests, and staff-only items. */
import type { Policy } from '../../schemas/index.ts';
import { dayLabel } from '../dates.ts';
import { isOverdue, type Due } from '../lifecycle.ts';
import type { ActivityEvidence } from './types.ts';

/** The Responsible parties of a matrix row as "Party (Person); Party", or "nobody". */
export function responsibleLine(responsible: ActivityEvidence['responsible']): string {
  if (!responsible.length) return 'nobody';
  return responsible
    .map((r) => (r.person ? `${r.partyName} (${r.person})` : r.partyName))
    .join('; ');
}

/** The note beside a staff-only policy: it is never counted, and whether it is still a draft. */
export function staffPolicyNote(status: Policy['status']): string {
  return `staff only${status === 'draft' ? ', draft' : ''} — not counted`;
}

/** When a runbook was last tested, or that it never was. */
export function lastTestedLabel(lastTested: string | undefined): string {
  return lastTested ? `Last tested ${dayLabel(lastTested)}` : 'Never tested';
}

/** The note beside a staff-only runbook: its last test and whether the next one is overdue. */
export function staffRunbookNote(lastTested: string | undefined, test: Due): string {
  const tested = lastTested ? `tested ${dayLabel(lastTested)}` : 'never tested';
  return `${tested}${isOverdue(test) ? ', test overdue' : ''}`;
}

/**
 * Whether a client-visible runbook shows an overdue badge: only when a test is overdue, since
 * "Never tested" already says so for one that never was.
 */
export function showsTestBadge(test: Due): boolean {
  return test.state === 'overdue';
}

/** Whether a signed record still covers its control: "current until …" or "out of cycle since …". */
export function recordCycleNote(current: boolean, through: string): string {
  return current ? `current until ${through}` : `out of cycle since ${through}`;
}
