/** Which board reports a page lists, and how a report states the rule that requires it. */
import type { BoardReportData } from '../../schemas/index.ts';
import { dayLabel } from '../dates.ts';
import type { BoardEntry } from '../evidence/assurance.ts';
import type { BoardRule, BoardSectionId } from './rules.ts';

/** `boards` split into the published ones and the drafts, each keeping the order given. */
export function boardsByStatus(boards: readonly BoardEntry[]): {
  published: BoardEntry[];
  drafts: BoardEntry[];
} {
  return {
    published: boards.filter((b) => b.data.status === 'published'),
    drafts: boards.filter((b) => b.data.status === 'draft'),
  };
}

/** Whether a board report is still a draft (shown to staff only). */
export function isDraftBoard(data: BoardReportData): boolean {
  return data.status === 'draft';
}

/** After the presenter's name: " on <day>" once presented, else " (not yet presented)". */
export function presentedSuffix(data: BoardReportData): string {
  return data.presented ? ` on ${dayLabel(data.presented)}` : ' (not yet presented)';
}

/** The sentence naming the rule that requires the report, or saying none does. */
export function boardRuleLine(rule: BoardRule | undefined): string {
  return rule
    ? `Required by ${rule.citation} (${rule.applies}): a report to the board at least once a year.`
    : 'No regulation that applies to this client requires this report; it is prepared as good practice.';
}

/** Where a section's matter is listed in the rule, or that no regulation applies. */
export function sectionCitation(rule: BoardRule | undefined, id: BoardSectionId): string {
  return rule ? rule.sections[id] : 'no regulation that applies to this client';
}
