import { describe, expect, it } from 'vitest';
import { staffName } from '../../../src/lib/model/lookups.ts';
import type { Model } from '../../../src/lib/model/types.ts';

const model = {
  staff: new Map([['rita', { id: 'rita', name: 'Rita Reviewer' }]]),
} as unknown as Model;

describe('staff names', () => {
  it('names a known staff member', () => {
    expect(staffName(model, 'rita')).toBe('Rita Reviewer');
  });

  it('falls back to the id given, e.g. an escalation target outside the staff list', () => {
    expect(staffName(model, 'duty-manager')).toBe('duty-manager');
  });

  it('shows a dash when nobody is given', () => {
    expect(staffName(model, undefined)).toBe('—');
  });
});
