import { describe, expect, it } from 'vitest';
import { sharingNotice } from '../../../src/lib/audience/sharing-notice.ts';

describe('runbook sharing notice', () => {
  it('names every client the runbook is shared with', () => {
    expect(sharingNotice(['Alpha Bank'])).toBe('Shared with Alpha Bank.');
    expect(sharingNotice(['Alpha Bank', 'Beta Clinic'])).toBe(
      'Shared with Alpha Bank, Beta Clinic.',
    );
  });

  it('says a runbook shared with nobody is staff only', () => {
    expect(sharingNotice([])).toBe('Staff only: no client can see this runbook.');
  });
});
