/** `tandem check` as a user runs it: exit codes, help, colours, and no stack traces. */
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lib/checks/catalog.ts';
import type { ProblemReport } from '../../../src/cli/output.ts';
import { cleanFixture, removeFixtures, runCheck, setFront } from '../checks/corpus/harness.ts';
import { FIXTURE } from '../helpers/fixture.ts';

const ESC = '\u001b[';
const STACK = /^\s+at /m;

afterAll(removeFixtures);

describe.concurrent('tandem check (CLI)', () => {
  it('explains itself with --help and lists its rules with --rules', async () => {
    const [help, rules] = await Promise.all([
      runCheck(FIXTURE, ['--help']),
      runCheck(FIXTURE, ['--rules']),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run check');
    expect(help.stdout).toContain('--format json');
    expect(help.stdout).toContain('--strict');
    expect(rules.code).toBe(0);
    for (const rule of RULES) expect(rules.stdout).toContain(rule.id);
  });

  it('passes a clean tree', async () => {
    const root = await cleanFixture();
    const [text, json] = await Promise.all([runCheck(root), runCheck(root, ['--format', 'json'])]);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toMatch(/\n24 files checked: (no problems|0 errors, \d+ warnings?)\n$/);
    // The fixture's published reports are not in a report ledger; nothing else may be reported.
    const report = JSON.parse(json.stdout) as ProblemReport;
    expect(report.problems.filter((p) => p.rule !== 'reports/ledger-missing')).toEqual([]);
  });

  it('exits 0 with warnings only, and 1 when --strict makes them errors', async () => {
    const [text, strict] = await Promise.all([
      runCheck(FIXTURE),
      runCheck(FIXTURE, ['--strict', '--format', 'json']),
    ]);
    expect(text.code).toBe(0);
    const summary = /24 files checked: 0 errors, (\d+) warnings?\n$/.exec(text.stdout);
    expect(summary, text.stdout).not.toBeNull();
    expect(Number(summary![1])).toBeGreaterThan(0);
    expect(strict.code).toBe(1);
    const report = JSON.parse(strict.stdout) as ProblemReport;
    // Every warning of the text run, and nothing else, is an error under --strict.
    expect(report.problems).toHaveLength(Number(summary![1]));
    expect(report.problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('colours output only on request when not on a terminal', async () => {
    const root = await cleanFixture();
    await setFront(root, 'policies/security-policy.mdx', 'next_review', '2026-12-01');
    const [piped, forced, none] = await Promise.all([
      runCheck(root),
      runCheck(root, [], { FORCE_COLOR: '1' }),
      runCheck(root, ['--format', 'json'], { FORCE_COLOR: '1' }),
    ]);
    expect(piped.stdout).toContain('policies/review-due');
    expect(piped.stdout).not.toContain(ESC);
    expect(forced.stdout).toContain(ESC);
    expect(none.stdout).not.toContain(ESC);
  });

  it('rejects bad options in one line, without a stack trace', async () => {
    const [unknown, format] = await Promise.all([
      runCheck(FIXTURE, ['--frmat', 'json']),
      runCheck(FIXTURE, ['--format', 'xml']),
    ]);
    for (const run of [unknown, format]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(STACK);
    }
    expect(format.stderr).toContain('"xml"');
  });

  it('reports an unexpected failure in one line naming the file', async () => {
    const [badDay] = await Promise.all([runCheck(FIXTURE, [], { TANDEM_TODAY: 'tomorrow' })]);
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toBe(
      'tandem check: could not finish: TANDEM_TODAY must be a date written YYYY-MM-DD, found "tomorrow"\n',
    );
  });

  it.runIf(process.platform === 'linux')(
    'refuses a link in the content tree instead of reading through it',
    async () => {
      const root = await cleanFixture();
      // Reading through this link would fail with EIO; a link to a secret would succeed.
      await symlink('/proc/self/mem', join(root, 'services/unreadable.mdx'));
      const run = await runCheck(root);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/services\/unreadable\.mdx.*a symbolic link.*content\/symlink/);
      expect(run.stderr).toBe('');
    },
  );
});
