/** The five binder statuses, from what maps and what the institution signed. */
import { describe, expect, it } from 'vitest';
import type {
  DecisionEntry,
  EvidenceRecord,
  ExceptionEntry,
} from '../../../src/lib/evidence/assurance.ts';
import { evidenceFor } from '../../../src/lib/evidence/binder.ts';
import {
  exceptionState,
  exceptionsNeedingAttention,
} from '../../../src/lib/evidence/exceptions.ts';
import type { Assurance } from '../../../src/lib/evidence/assurance.ts';
import { clientOf, evidenceModel, TODAY } from './helpers.ts';

function rec(
  controls: string[],
  end: string,
  approved: string,
  kind: 'access-review' | 'tabletop' = 'access-review',
): EvidenceRecord {
  return {
    id: `2026/${kind}-${end}`,
    client: 'alpha-bank',
    file: `clients/alpha-bank/evidence/2026/${kind}-${end}.yaml`,
    body: '',
    data: {
      title: 'Review',
      kind,
      period: { start: end, end },
      performed_by: 'sam-staff',
      approved_by: { contact: 'ava-admin', date: approved },
      controls,
      summary: 'Done.',
    },
  };
}

function exc(controls: string[], accepted: string, expires: string): ExceptionEntry {
  return {
    file: 'clients/alpha-bank/exceptions.yaml',
    index: 0,
    data: {
      id: `exc-${expires}`,
      title: 'Accepted',
      controls,
      not_done: 'Not done.',
      compensating: [],
      risk: 'medium',
      accepted_by: { contact: 'ava-admin', date: accepted },
      expires,
      next_review: expires,
    },
  };
}

function na(control: string): DecisionEntry {
  return {
    file: 'clients/alpha-bank/decisions.yaml',
    index: 0,
    data: {
      control,
      decision: 'not-applicable',
      reason: 'No such function here.',
      decided_by: { contact: 'ava-admin', date: '2026-01-10' },
    },
  };
}

async function statusOf(
  ref: string,
  signed: Partial<{
    records: EvidenceRecord[];
    exceptions: ExceptionEntry[];
    decisions: DecisionEntry[];
  }>,
  today = TODAY,
) {
  const model = await evidenceModel();
  const assurance: Assurance = new Map([
    ['alpha-bank', { records: [], exceptions: [], decisions: [], boards: [], ...signed }],
  ]);
  const binder = evidenceFor(model, clientOf(model, 'alpha-bank'), 'fixture-fw', today, assurance);
  return binder.rows.find((r) => r.control.ref === ref)!;
}

describe('binder status rules', () => {
  it('is Operating with approved evidence inside its cycle', async () => {
    const row = await statusOf('fixture-fw:PRO-2', {
      records: [rec(['fixture-fw:PRO-2'], '2026-09-30', '2026-10-05')],
    });
    expect(row.status).toBe('operating');
    expect(row.records[0]!.through).toBe('2026-12-30');
  });

  it('falls back to Designed once the evidence is out of its cycle, and says so', async () => {
    const row = await statusOf('fixture-fw:PRO-2', {
      records: [rec(['fixture-fw:PRO-2'], '2026-06-30', '2026-07-05')],
    });
    expect(row.status).toBe('designed');
    expect(row.reasons.map((r) => r.kind)).toContain('stale-evidence');
  });

  it('keeps an annual kind Operating for twelve months', async () => {
    const row = await statusOf('fixture-fw:PRO-2', {
      records: [rec(['fixture-fw:PRO-2'], '2026-01-15', '2026-01-20', 'tabletop')],
    });
    expect(row.status).toBe('operating');
  });

  it('ignores evidence not yet approved on the binder day (as-of binders)', async () => {
    const row = await statusOf(
      'fixture-fw:PRO-2',
      { records: [rec(['fixture-fw:PRO-2'], '2026-09-30', '2026-10-05')] },
      '2026-10-01',
    );
    expect(row.status).toBe('designed');
    expect(row.records).toEqual([]);
  });

  it('makes an unmapped control Operating on evidence alone', async () => {
    expect((await statusOf('fixture-fw:PRO-1', {})).status).toBe('gap');
    const row = await statusOf('fixture-fw:PRO-1', {
      records: [rec(['fixture-fw:PRO-1'], '2026-09-30', '2026-10-05')],
    });
    expect(row.status).toBe('operating');
  });

  it('is Exception accepted while an exception is in force, and not after it expires', async () => {
    const inForce = await statusOf('fixture-fw:PRO-1', {
      exceptions: [exc(['fixture-fw:PRO-1'], '2026-06-01', '2026-12-15')],
    });
    expect(inForce.status).toBe('exception');
    const expired = await statusOf('fixture-fw:PRO-1', {
      exceptions: [exc(['fixture-fw:PRO-1'], '2026-01-01', '2026-09-30')],
    });
    expect(expired.status).toBe('gap');
    expect(expired.reasons.map((r) => r.kind)).toEqual(['expired-exception']);
  });

  it('prefers Operating evidence over an exception', async () => {
    const row = await statusOf('fixture-fw:PRO-2', {
      records: [rec(['fixture-fw:PRO-2'], '2026-09-30', '2026-10-05')],
      exceptions: [exc(['fixture-fw:PRO-2'], '2026-06-01', '2026-12-15')],
    });
    expect(row.status).toBe('operating');
  });

  it('is Not applicable with a documented decision, whatever else maps', async () => {
    const row = await statusOf('fixture-fw:GOV-1', { decisions: [na('fixture-fw:GOV-1')] });
    expect(row.status).toBe('not-applicable');
    expect(row.decision?.data.reason).toContain('No such function');
  });

  it('has totals over five statuses that add up to the control count', async () => {
    const model = await evidenceModel();
    const assurance: Assurance = new Map([
      [
        'alpha-bank',
        {
          records: [rec(['fixture-fw:PRO-2'], '2026-09-30', '2026-10-05')],
          exceptions: [exc(['fixture-fw:PRO-1'], '2026-06-01', '2026-12-15')],
          decisions: [na('fixture-fw:GOV-1')],
          boards: [],
        },
      ],
    ]);
    const { totals } = evidenceFor(
      model,
      clientOf(model, 'alpha-bank'),
      'fixture-fw',
      TODAY,
      assurance,
    );
    expect(totals).toEqual({
      operating: 1,
      designed: 4,
      gap: 0,
      'not-applicable': 1,
      exception: 1,
      total: 7,
    });
  });
});

describe('exception states', () => {
  it('is expiring within 30 days, expired after its last day, not yet before acceptance', () => {
    expect(exceptionState(exc([], '2026-06-01', '2026-12-15').data, TODAY)).toBe('expiring');
    expect(exceptionState(exc([], '2026-06-01', '2027-03-31').data, TODAY)).toBe('in-force');
    expect(exceptionState(exc([], '2026-06-01', '2026-11-25').data, TODAY)).toBe('expired');
    expect(exceptionState(exc([], '2026-06-01', '2026-11-26').data, TODAY)).toBe('expiring');
    expect(exceptionState(exc([], '2026-12-01', '2027-03-31').data, TODAY)).toBe('not-yet');
  });

  it('lists expired and expiring exceptions for the dashboard, soonest first', () => {
    const list = exceptionsNeedingAttention(
      [
        exc([], '2026-06-01', '2026-12-15'),
        exc([], '2026-06-01', '2027-03-31'),
        exc([], '2026-01-01', '2026-09-30'),
      ],
      TODAY,
    );
    expect(list.map((e) => [e.data.expires, e.state])).toEqual([
      ['2026-09-30', 'expired'],
      ['2026-12-15', 'expiring'],
    ]);
  });
});
