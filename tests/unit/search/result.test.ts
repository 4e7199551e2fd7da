import { describe, expect, it } from 'vitest';
import { cleanExcerpt, resultDetails } from '../../../src/lib/search/result.ts';

describe('a search result', () => {
  it('names the client and the period or version beside the type', () => {
    expect(
      resultDetails({ type: 'Report', client: 'Prairie First Bank', detail: 'October 2026' }),
    ).toBe('Prairie First Bank · October 2026');
    expect(resultDetails({ type: 'Service' })).toBe('');
    expect(resultDetails({ client: 'Cedar Row', detail: ' ' })).toBe('Cedar Row');
  });

  it('starts its excerpt at a word, marking text that begins mid-sentence', () => {
    expect(cleanExcerpt('· Monthly security <mark>report</mark>')).toBe(
      'Monthly security <mark>report</mark>',
    );
    expect(cleanExcerpt('make changes. Owner Senior Systems Engineer')).toBe(
      '… make changes. Owner Senior Systems Engineer',
    );
    expect(cleanExcerpt('<mark>backup</mark> copies are kept')).toBe(
      '… <mark>backup</mark> copies are kept',
    );
    expect(cleanExcerpt('Security report, October 2026.')).toBe('Security report, October 2026.');
  });
});
