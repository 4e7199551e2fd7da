/**
 * The staff dashboard's summary tiles and report badges: what each figure counts and
 * when it turns red (something is late) or amber (something needs a look soon).
 */
import type { Dashboard } from './dashboard.ts';
import { shortMonthLabel } from './dates.ts';
import { plural, pluralNoun } from './format.ts';
import { DUE_SOON_DAYS } from './lifecycle.ts';

/** How loudly a tile asks for attention. */
export type TileTone = 'bad' | 'warn' | 'ok';

/** One summary tile: a count, what it counts, and where the list behind it is. */
export interface Tile {
  /** The anchor of the dashboard panel that lists what the tile counts. */
  href: string;
  value: number;
  label: string;
  sub: string;
  tone: TileTone;
}

/** `bad` when anything is late, `warn` when anything needs a look soon, else `ok`. */
export function tileTone(bad: number, warn = 0): TileTone {
  return bad > 0 ? 'bad' : warn > 0 ? 'warn' : 'ok';
}

/** The dashboard's tiles, in page order, for a provider with `clientCount` clients. */
export function dashboardTiles(board: Dashboard, clientCount: number): Tile[] {
  const { counts } = board;
  const soon = (n: number) => `${n} due within ${DUE_SOON_DAYS} days`;
  return [
    {
      href: '#policies',
      value: counts.policyReviewsOverdue,
      label: `${pluralNoun(counts.policyReviewsOverdue, 'policy review')} overdue`,
      sub: soon(counts.policyReviewsDueSoon),
      tone: tileTone(counts.policyReviewsOverdue, counts.policyReviewsDueSoon),
    },
    {
      href: '#runbooks',
      value: counts.runbookTestsOverdue,
      label: `${pluralNoun(counts.runbookTestsOverdue, 'runbook test')} overdue or never done`,
      sub: soon(counts.runbookTestsDueSoon),
      tone: tileTone(counts.runbookTestsOverdue, counts.runbookTestsDueSoon),
    },
    {
      href: '#reports',
      value: counts.missingReports,
      label: `${pluralNoun(counts.missingReports, 'client')} missing a published ${shortMonthLabel(board.lastMonth)} report`,
      sub: `${clientCount - counts.missingReports} of ${clientCount} published`,
      tone: tileTone(counts.missingReports),
    },
    {
      href: '#drafts',
      value: counts.drafts,
      label: `${pluralNoun(counts.drafts, 'draft')} waiting for review`,
      sub: `${plural(board.drafts.length, 'report')}, ${plural(board.policyDrafts.length, 'policy', 'policies')}`,
      tone: tileTone(0, counts.drafts),
    },
    {
      href: '#gaps',
      value: counts.matrixGaps,
      label: pluralNoun(counts.matrixGaps, 'matrix coverage gap'),
      sub: `${board.gaps.length} of ${clientCount} clients affected`,
      tone: tileTone(counts.matrixGaps),
    },
    {
      href: '#clients',
      value: counts.evidenceGaps,
      label: `${pluralNoun(counts.evidenceGaps, 'control')} with no evidence`,
      sub: `${counts.evidencePartial} designed, not shown operating`,
      tone: tileTone(0, counts.evidenceGaps + counts.evidencePartial),
    },
  ];
}

/** Where a client's report for the dashboard's month stands, as a badge. */
export interface MonthReportState {
  label: 'Published' | 'Draft' | 'Missing';
  tone: 'green' | 'amber' | 'red';
}

/** A report not yet published: amber while a draft exists, red when none was started. */
export function unpublishedReportState(draft: unknown): MonthReportState {
  return draft ? { label: 'Draft', tone: 'amber' } : { label: 'Missing', tone: 'red' };
}

/** Where `client`'s report for `board.lastMonth` stands: published, drafted or missing. */
export function lastMonthReportState(board: Dashboard, client: string): MonthReportState {
  if (board.clients.find((c) => c.client === client)?.lastMonthPublished)
    return { label: 'Published', tone: 'green' };
  return unpublishedReportState(board.missingReports.find((m) => m.client === client)?.draft);
}
