/** The board report's summary sentences count what the year's sections list. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boardReport, type BoardReport } from '../../../src/lib/board/report.ts';
import { boardFacts } from '../../../src/lib/board/summary.ts';
import { readAssurance } from '../../../src/lib/evidence/assurance-read.ts';
import { clientOf, evidenceModel, TODAY } from '../evidence/helpers.ts';

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/evidence');

async function report(year: string): Promise<BoardReport> {
  const model = await evidenceModel();
  const { assurance } = await readAssurance(FIXTURE);
  const signed = assurance.get('alpha-bank')!;
  const entry = signed.boards.find((b) => b.year === year)!;
  return boardReport(model, clientOf(model, 'alpha-bank'), signed, entry, TODAY);
}

describe('board report summary', () => {
  it('states the counts each section lists', async () => {
    const r = await report('2026');
    const facts = boardFacts(r);
    expect(facts).toHaveLength(4);
    expect(facts[0]).toMatch(
      new RegExp(`^${r.testing.length} dated tests and reviews approved in 2026; `),
    );
    expect(facts[2]).toMatch(new RegExp(`^${r.incidents.length} security incidents?, `));
  });

  it('counts only expired risks, reportable incidents and recommendations not yet closed', async () => {
    const r = await report('2026');
    const rec = (id: string, status: 'open' | 'in-progress' | 'done' | 'declined') => ({
      period: '2026-10',
      recommendation: { id, status } as never,
    });
    const incident = (reportable: boolean) => ({
      period: '2026-10',
      incident: { reportable } as never,
    });
    const state = (s: 'expired' | 'active') => ({ data: {}, state: s }) as never;
    const made: BoardReport = {
      ...r,
      asOf: '2026-11-26',
      exceptions: [state('expired'), state('active')],
      incidents: [incident(true), incident(false), incident(false)],
      recommendations: [
        rec('a', 'open'),
        rec('b', 'in-progress'),
        rec('c', 'done'),
        rec('d', 'declined'),
      ],
    };
    const facts = boardFacts(made);
    if (r.exceptions.length) expect(facts[1]).toBe('2 accepted risks (1 expired by 2026-11-26).');
    expect(facts[2]).toBe('3 security incidents, 1 reportable to a regulator.');
    expect(facts[3]).toMatch(/^2 recommendations still open; \d+ program changes? proposed\.$/);
  });
});
