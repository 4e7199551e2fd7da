import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  formatSummary,
  printProblems,
  problemReport,
  useColor,
  type Output,
} from '../../../src/cli/output.ts';
import { error, warning, type Problem } from '../../../src/lib/problems.ts';

const PROBLEMS: Problem[] = [
  {
    ...error('matrix/one-accountable', 'activities/ops.yaml', ['activities', 0, 'raci'], 'two A', {
      expected: 'exactly one party with A',
      found: '2 (internal-it and provider)',
    }),
    line: 9,
    column: 5,
  },
  {
    ...warning('policies/review-due', 'policies/p.mdx', ['next_review'], 'due in 3 days'),
    line: 9,
    column: 1,
  },
  error('content/provider', 'provider.yaml', [], 'no provider file'),
];

function capture(tty: boolean): Output & { text: string } {
  const out = {
    text: '',
    isTTY: tty,
    hasColors: () => tty,
    write(chunk: string) {
      out.text += chunk;
      return true;
    },
  };
  return out;
}

const ESC = '\u001b[';

describe('formatProblem', () => {
  it('writes path:line:column  field  message (expected …, found …)', () => {
    expect(formatProblem(PROBLEMS[0]!)).toBe(
      'activities/ops.yaml:9:5  activities[0].raci  two A (expected exactly one party with A, found 2 (internal-it and provider))',
    );
  });

  it('leaves out what it does not know', () => {
    expect(formatProblem(PROBLEMS[2]!)).toBe('provider.yaml  (file)  no provider file');
  });
});

describe('printProblems', () => {
  it('groups problems under their file and ends with a summary', () => {
    const out = capture(false);
    printProblems(PROBLEMS, 12, out);
    expect(out.text).toBe(
      [
        '',
        'activities/ops.yaml',
        `  error   ${formatProblem(PROBLEMS[0]!)}  matrix/one-accountable`,
        '',
        'policies/p.mdx',
        `  warning ${formatProblem(PROBLEMS[1]!)}  policies/review-due`,
        '',
        'provider.yaml',
        `  error   ${formatProblem(PROBLEMS[2]!)}  content/provider`,
        '',
        '12 files checked: 2 errors, 1 warning',
        '',
      ].join('\n'),
    );
  });

  it('colours only a terminal', () => {
    const plain = capture(false);
    printProblems(PROBLEMS, 1, plain);
    expect(plain.text).not.toContain(ESC);
    const tty = capture(true);
    printProblems(PROBLEMS, 1, tty);
    expect(tty.text).toContain(ESC);
    expect(tty.text.replace(/\u001b\[\d+m/g, '')).toBe(plain.text);
  });

  it('says when there is nothing to fix', () => {
    expect(formatSummary([], 3)).toBe('3 files checked: no problems');
  });
});

describe('useColor', () => {
  const tty = capture(true);
  it('follows the terminal, NO_COLOR and FORCE_COLOR', () => {
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(capture(false), {})).toBe(false);
    expect(useColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(tty, { TERM: 'dumb' })).toBe(false);
    expect(useColor(capture(false), { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(tty, { FORCE_COLOR: '0' })).toBe(true);
    expect(useColor(capture(false), { FORCE_COLOR: '0' })).toBe(false);
  });
});

describe('problemReport (--format json)', () => {
  it('has a stable shape with every key present', () => {
    const report = problemReport(PROBLEMS, { root: '/content', files: 12, strict: false });
    expect(Object.keys(report)).toEqual([
      'version',
      'root',
      'files',
      'strict',
      'summary',
      'problems',
    ]);
    expect(report.summary).toEqual({ errors: 2, warnings: 1 });
    expect(report.problems[0]).toEqual({
      severity: 'error',
      rule: 'matrix/one-accountable',
      file: 'activities/ops.yaml',
      line: 9,
      column: 5,
      field: 'activities[0].raci',
      path: ['activities', 0, 'raci'],
      message: 'two A',
      expected: 'exactly one party with A',
      found: '2 (internal-it and provider)',
    });
    expect(report.problems[2]).toMatchObject({
      line: null,
      column: null,
      field: '(file)',
      expected: null,
      found: null,
    });
  });
});
