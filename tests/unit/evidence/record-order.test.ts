import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../../src/lib/evidence/assurance.ts';
import { newestRecordsFirst } from '../../../src/lib/evidence/record-order.ts';

const record = (id: string, end: string) =>
  ({
    id,
    client: 'alpha',
    file: `${id}.yaml`,
    body: '',
    data: { period: { start: '2026-01-01', end } },
  }) as unknown as EvidenceRecord;

describe('evidence record order', () => {
  it('lists the latest period end first and breaks ties by id', () => {
    const records = [
      record('2026/restore-q1', '2026-03-31'),
      record('2026/phish-q3', '2026-09-30'),
      record('2026/access-q3', '2026-09-30'),
      record('2025/restore-q4', '2025-12-31'),
    ];
    expect(newestRecordsFirst(records).map((r) => r.id)).toEqual([
      '2026/access-q3',
      '2026/phish-q3',
      '2026/restore-q1',
      '2025/restore-q4',
    ]);
  });

  it('leaves the list it was given in its own order', () => {
    const records = [record('a', '2026-01-31'), record('b', '2026-02-28')];
    newestRecordsFirst(records);
    expect(records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(newestRecordsFirst([])).toEqual([]);
  });
});
