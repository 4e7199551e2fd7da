import { describe, expect, it } from 'vitest';
import { changeCountLabel, monthCounts } from '../../../src/lib/records/change-counts.ts';
import type { ChangeItem } from '../../../src/lib/records/changes.ts';

const item = (id: string, date: string): ChangeItem => ({
  id,
  date,
  kind: 'report',
  title: id,
  summary: id,
  path: '/x/',
});

describe('changes per month', () => {
  it('counts the changes dated in each month, newest month first', () => {
    const items = [
      item('c', '2026-11-03'),
      item('b', '2026-11-01'),
      item('a', '2026-08-30'),
      item('z', '2025-12-31'),
    ];
    expect(monthCounts(items)).toEqual([
      { month: '2026-11', count: 2 },
      { month: '2026-08', count: 1 },
      { month: '2025-12', count: 1 },
    ]);
    expect(monthCounts([])).toEqual([]);
  });

  it('words one change apart from several, capitalised at the start of a sentence', () => {
    expect(changeCountLabel(1)).toBe('one change');
    expect(changeCountLabel(1, true)).toBe('One change');
    expect(changeCountLabel(4)).toBe('4 changes');
    expect(changeCountLabel(4, true)).toBe('4 changes');
    expect(changeCountLabel(0)).toBe('0 changes');
  });
});
