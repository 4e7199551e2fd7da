import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/schemas/index.ts';
import { recommendationViews } from '../../../src/lib/reports/recommendations.ts';

const report = (recommendations: Report['recommendations']) =>
  ({ period: '2026-10', recommendations }) as Report;

describe('recommendations in a report', () => {
  it('say how long each has been carried forward, and flag the overdue', () => {
    const views = recommendationViews(
      report([
        {
          id: 'new-one',
          title: 'New',
          priority: 'low',
          owner: 'provider',
          status: 'open',
          raised: '2026-10',
        },
        {
          id: 'old-one',
          title: 'Old',
          priority: 'high',
          owner: 'provider',
          status: 'in-progress',
          raised: '2026-07',
          due: '2026-09-30',
        },
        {
          id: 'due-end',
          title: 'Due at month end',
          priority: 'high',
          owner: 'provider',
          status: 'open',
          raised: '2026-09',
          due: '2026-10-31',
        },
        {
          id: 'closed',
          title: 'Closed',
          priority: 'high',
          owner: 'provider',
          status: 'done',
          raised: '2026-01',
          due: '2026-02-01',
        },
      ]),
    );
    expect(views.map((v) => [v.id, v.ageLabel, v.overdue])).toEqual([
      ['old-one', 'Carried forward 3 months', true],
      ['due-end', 'Carried forward 1 month', false],
      ['new-one', 'New this month', false],
      ['closed', 'Carried forward 9 months', false],
    ]);
  });
});
