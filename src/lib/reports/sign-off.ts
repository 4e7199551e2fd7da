/** How a report's review, publication and immutability are worded under its sign-off. */
import type { Report } from '../../schemas/index.ts';
import { dayLabel } from '../dates.ts';

/** Who reviewed the report, or that nobody has yet. */
export function reviewedLine(
  report: Report,
  staffName: (id: string | undefined) => string,
): string {
  return report.reviewed_by ? staffName(report.reviewed_by) : 'Not yet reviewed';
}

/** The day the report was published, or that it is still a draft. */
export function publishedLine(report: Report): string {
  return report.published_at ? dayLabel(report.published_at) : 'Not published (draft)';
}

/** What may still change: a draft can; a published report never does, only gains corrections. */
export function immutabilityNote(report: Report): string {
  if (report.status !== 'published')
    return 'This draft can still change before it is reviewed and published.';
  return report.corrections.length > 0
    ? 'Published reports are never changed; each correction is listed above with its date, reason and author.'
    : 'Published reports are never changed.';
}

/** The end of a draft banner's sentence: who will review it, or nothing when nobody is set. */
export function draftReviewSuffix(reviewer: string | undefined): string {
  return reviewer ? `, after review by ${reviewer}` : '';
}
