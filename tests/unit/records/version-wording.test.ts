import { describe, expect, it } from 'vitest';
import {
  hasPreviousVersion,
  versionChangesHeading,
} from '../../../src/lib/records/version-wording.ts';

describe('matrix version headings', () => {
  it('compares a later version with the one before it', () => {
    expect(hasPreviousVersion(2)).toBe(true);
    expect(versionChangesHeading(2)).toBe('What changed from version 1');
    expect(versionChangesHeading(7)).toBe('What changed from version 6');
  });

  it('calls the first kept version the first recorded one', () => {
    expect(hasPreviousVersion(1)).toBe(false);
    expect(versionChangesHeading(1)).toBe('First recorded version');
  });
});
