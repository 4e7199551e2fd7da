import { describe, expect, it } from 'vitest';
import { ROW_CHANGE_TONES, rowChangeLabel } from '../../../src/lib/records/diff-wording.ts';

describe('matrix diff wording', () => {
  it('labels each kind of row change', () => {
    expect(rowChangeLabel('added')).toBe('Row added');
    expect(rowChangeLabel('removed')).toBe('Row removed');
    expect(rowChangeLabel('changed')).toBe('Row changed');
  });

  it('colours removals red and changes amber', () => {
    expect(ROW_CHANGE_TONES).toEqual({ added: 'green', removed: 'red', changed: 'amber' });
  });
});
