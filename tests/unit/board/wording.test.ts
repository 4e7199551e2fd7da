import { describe, expect, it } from 'vitest';
import { BOARD_RULES } from '../../../src/lib/board/rules.ts';
import {
  boardRuleLine,
  boardsByStatus,
  isDraftBoard,
  presentedSuffix,
  sectionCitation,
} from '../../../src/lib/board/wording.ts';
import { dayLabel } from '../../../src/lib/dates.ts';
import type { BoardEntry } from '../../../src/lib/evidence/assurance.ts';
import type { BoardReportData } from '../../../src/schemas/index.ts';

const data = (fields: Partial<BoardReportData>) =>
  ({ status: 'draft', presented_by: 'lee', ...fields }) as BoardReportData;
const board = (year: string, status: BoardReportData['status']): BoardEntry => ({
  file: `board/${year}.yaml`,
  year,
  data: data({ status }),
});

describe('board report lists and wording', () => {
  it('splits published reports from drafts, keeping their order', () => {
    const { published, drafts } = boardsByStatus([
      board('2026', 'draft'),
      board('2025', 'published'),
      board('2024', 'published'),
    ]);
    expect(published.map((b) => b.year)).toEqual(['2025', '2024']);
    expect(drafts.map((b) => b.year)).toEqual(['2026']);
    expect(boardsByStatus([])).toEqual({ published: [], drafts: [] });
  });

  it('knows a draft and says when it was presented', () => {
    expect(isDraftBoard(data({ status: 'draft' }))).toBe(true);
    expect(isDraftBoard(data({ status: 'published' }))).toBe(false);
    expect(presentedSuffix(data({ presented: '2026-02-10' }))).toBe(
      ` on ${dayLabel('2026-02-10')}`,
    );
    expect(presentedSuffix(data({}))).toBe(' (not yet presented)');
  });

  it('cites the rule that requires the report, or says none does', () => {
    const bank = BOARD_RULES['community-bank']!;
    expect(boardRuleLine(bank)).toBe(
      `Required by ${bank.citation} (${bank.applies}): a report to the board at least once a year.`,
    );
    expect(boardRuleLine(undefined)).toMatch(/^No regulation that applies to this client/);
    expect(sectionCitation(bank, 'testing')).toBe(bank.sections.testing);
    expect(sectionCitation(undefined, 'testing')).toBe('no regulation that applies to this client');
  });
});
