import { describe, expect, it } from 'vitest';
import { dayLabel } from '../../../src/lib/dates.ts';
import {
  draftReviewSuffix,
  immutabilityNote,
  publishedLine,
  reviewedLine,
} from '../../../src/lib/reports/sign-off.ts';
import type { Report } from '../../../src/schemas/index.ts';

const report = (fields: Partial<Report>) =>
  ({ status: 'draft', prepared_by: 'sam', corrections: [], ...fields }) as Report;
const names = (id: string | undefined) => (id === 'rita' ? 'Rita Reviewer' : `unknown ${id}`);
const correction = { date: '2026-11-02', by: 'rita', reason: 'Wrong patch figure.' };

describe('report sign-off wording', () => {
  it('names the reviewer or says nobody has reviewed it yet', () => {
    expect(reviewedLine(report({ reviewed_by: 'rita' }), names)).toBe('Rita Reviewer');
    expect(reviewedLine(report({}), names)).toBe('Not yet reviewed');
  });

  it('dates publication or calls the report a draft', () => {
    expect(publishedLine(report({ status: 'published', published_at: '2026-10-05' }))).toBe(
      dayLabel('2026-10-05'),
    );
    expect(publishedLine(report({}))).toBe('Not published (draft)');
  });

  it('says a draft may change and a published report never does, pointing at its corrections', () => {
    expect(immutabilityNote(report({}))).toMatch(/^This draft can still change/);
    expect(
      immutabilityNote(report({ corrections: [correction] as Report['corrections'] })),
    ).toMatch(/^This draft can still change/);
    expect(immutabilityNote(report({ status: 'published', published_at: '2026-10-05' }))).toBe(
      'Published reports are never changed.',
    );
    expect(
      immutabilityNote(
        report({
          status: 'published',
          published_at: '2026-10-05',
          corrections: [correction] as Report['corrections'],
        }),
      ),
    ).toMatch(/^Published reports are never changed; each correction is listed above/);
  });
});

describe('draft banner reviewer wording', () => {
  it('names who will review the draft', () => {
    expect(draftReviewSuffix('Rita Reviewer')).toBe(', after review by Rita Reviewer');
  });

  it('adds nothing when no reviewer is set', () => {
    expect(draftReviewSuffix(undefined)).toBe('');
    expect(draftReviewSuffix('')).toBe('');
  });
});
