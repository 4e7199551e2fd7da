/** The annual report to the board: which rule it answers, and what each section draws on. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { boardReport } from '../../../src/lib/board/report.ts';
import { BOARD_RULES, boardRule } from '../../../src/lib/board/rules.ts';
import { readAssurance } from '../../../src/lib/evidence/assurance-read.ts';
import { clientOf, evidenceModel, TODAY } from '../evidence/helpers.ts';

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/evidence');

async function report(year: string, today = TODAY) {
  const model = await evidenceModel();
  const { assurance } = await readAssurance(FIXTURE);
  const signed = assurance.get('alpha-bank')!;
  const entry = signed.boards.find((b) => b.year === year)!;
  return boardReport(model, clientOf(model, 'alpha-bank'), signed, entry, today);
}

describe('board report rules', () => {
  it('cites the interagency guidelines for a bank, NCUA for a credit union, the FTC rule otherwise', () => {
    expect(BOARD_RULES['community-bank']!.citation).toBe('12 CFR 364, Appendix B, III.F');
    expect(BOARD_RULES['credit-union']!.citation).toBe('12 CFR 748, Appendix A, III.F');
    expect(BOARD_RULES['wealth-management']!.sections.events).toContain(
      'security events or violations',
    );
    expect(BOARD_RULES['credit-union']!.sections.events).toContain(
      'security breaches or violations',
    );
  });

  it('has no required report for a healthcare client', () => {
    expect(boardRule({ industry: 'healthcare' } as never)).toBeUndefined();
  });
});

describe('board report content', () => {
  it("judges the running year as of today and draws on the year's evidence and exceptions", async () => {
    const r = await report('2026');
    expect(r.asOf).toBe(TODAY);
    expect(r.riskAssessments.map((x) => x.id)).toEqual(['2026/risk-assessment-2026-09-30']);
    expect(r.testing.map((x) => x.id)).toEqual(['2026/restore-test-2026-04-30']);
    expect(r.exceptions.map((e) => [e.data.id, e.state])).toEqual([['exc-awareness', 'expiring']]);
    expect(r.totals.total).toBe(r.binders.reduce((n, b) => n + b.totals.total, 0));
    expect(r.recommendations.map((x) => x.recommendation.id)).toContain('enable-mfa-vpn');
  });

  it('judges a past year as of its last day, so later evidence does not count', async () => {
    const r = await report('2025');
    expect(r.asOf).toBe('2025-12-31');
    expect(r.testing).toEqual([]);
    expect(r.exceptions).toEqual([]);
    expect(r.totals.operating).toBe(0);
  });
});
