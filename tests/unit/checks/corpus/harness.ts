/**
 * The bad-input corpus: each case is a temp copy of tests/fixtures/basic with one
 * mutation, checked by the real CLI (`node src/cli/tandem.ts check`, TANDEM_CONTENT set)
 * in text and JSON form. A case names the file, field and rule it expects to be reported.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { ProblemReport } from '../../../../src/cli/output.ts';
import { FIXTURE, TODAY } from '../../helpers/fixture.ts';
import {
  LEDGER_FILE,
  parseLedger,
  reportHash,
  serializeLedger,
} from '../../../../src/lib/reports/ledger.ts';

export const PROJECT = resolve(import.meta.dirname, '../../../..');

export interface CorpusCase {
  name: string;
  /** Changes a clean copy of the basic fixture (see `cleanFixture`). */
  mutate(root: string): Promise<void>;
  /** The file the problem must name, relative to the content root. */
  file: string;
  /** The field as printed, e.g. `matrix.overrides[0].raci` or `body`. */
  field: string;
  rule: string;
  /** Default `error`. Warning cases exit 0, and 1 with --strict. */
  severity?: 'error' | 'warning';
  /** Text whose first occurrence in `file` (after the mutation) is where the problem must point. */
  at?: string;
  /** Something the message, expected or found must contain. */
  says?: string;
  /** Text that must not appear anywhere in the output (a secret). */
  secret?: string;
  /** The problem is about the file as a whole (or a missing one): no line and column. */
  noPosition?: boolean;
  /**
   * `as-is` keeps the report ledger as the mutation left it. By default every published
   * report the mutation changed is re-recorded, as if published that way, so a case about
   * a report's figures is not also an immutability error.
   */
  ledger?: 'as-is';
}

/** Records each ledgered report's current bytes as its last version (snapshots untouched). */
export async function rerecord(root: string): Promise<void> {
  const text = await readFile(join(root, LEDGER_FILE), 'utf8').catch(() => undefined);
  const { ledger, problems } = parseLedger(text);
  if (text === undefined || problems.length) return;
  for (const [file, versions] of ledger) {
    const bytes = await readFile(join(root, file)).catch(() => undefined);
    if (!bytes) continue;
    const last = versions.at(-1)!;
    ledger.set(file, [...versions.slice(0, -1), { ...last, sha256: reportHash(bytes) }]);
  }
  await writeFile(join(root, LEDGER_FILE), serializeLedger(ledger));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tandem check` on `root` with `args`; never rejects. */
export function runCheck(
  root: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  const base = { ...process.env };
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['src/cli/tandem.ts', 'check', ...args],
      {
        cwd: PROJECT,
        env: {
          ...base,
          // Node's compile cache makes each of the many CLI starts cheaper; output is unaffected.
          NODE_COMPILE_CACHE: join(tmpdir(), 'tandem-test-compile-cache'),
          TANDEM_CONTENT: root,
          TANDEM_TODAY: TODAY,
          ...env,
        },
        maxBuffer: 16 * 1024 * 1024,
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const roots: string[] = [];

/**
 * A copy of the basic fixture with its three date warnings resolved, so the only errors
 * and check warnings are the case's own (the fixture's published reports still lack a
 * report ledger recording every published report with its snapshot; a clean tree has no
 * errors).
 */
export async function cleanFixture(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tandem-corpus-'));
  roots.push(root);
  await cp(FIXTURE, root, { recursive: true });
  await setFront(root, 'policies/technician-credentials.mdx', 'next_review', '2027-01-25');
  await setFront(root, 'runbooks/credential-rotation.mdx', 'last_tested', '2026-09-01');
  await setFront(root, 'runbooks/restore-drill.mdx', 'last_tested', '2026-10-15');
  return root;
}

/** Removes every tree `cleanFixture` made in this test file (call from `afterAll`). */
export async function removeFixtures(): Promise<void> {
  await Promise.all(roots.splice(0).map((r) => rm(r, { recursive: true, force: true })));
}

/** Reads a file of a tree. */
export function read(root: string, file: string): Promise<string> {
  return readFile(join(root, file), 'utf8');
}

/** Writes a file of a tree, creating folders. */
export async function write(root: string, file: string, text: string): Promise<void> {
  await mkdir(dirname(join(root, file)), { recursive: true });
  await writeFile(join(root, file), text);
}

/** Replaces the first occurrence of `from` in a file; fails loudly when it is not there. */
export async function replace(root: string, file: string, from: string, to: string) {
  const text = await read(root, file);
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  await write(root, file, text.replace(from, to));
}

/** Appends Markdown to a page's body. */
export async function appendBody(root: string, file: string, markdown: string): Promise<void> {
  await write(root, file, `${(await read(root, file)).trimEnd()}\n\n${markdown}\n`);
}

/** Sets one top-level front matter field of an MDX file, keeping the rest as written. */
export async function setFront(root: string, file: string, key: string, value: string) {
  const text = await read(root, file);
  const line = new RegExp(`^${key}:.*$`, 'm');
  const next = line.test(text)
    ? text.replace(line, `${key}: ${value}`)
    : text.replace(/^---\n/, `---\n${key}: ${value}\n`);
  await write(root, file, next);
}

/** Edits a YAML file (or an MDX file's front matter) through the yaml library. */
export async function editYaml(
  root: string,
  file: string,
  edit: (doc: ReturnType<typeof parseDocument>) => void,
): Promise<void> {
  const text = await read(root, file);
  if (file.endsWith('.yaml') || file.endsWith('.yml')) {
    const doc = parseDocument(text);
    edit(doc);
    await write(root, file, doc.toString());
    return;
  }
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no front matter`);
  const doc = parseDocument(match[1]!);
  edit(doc);
  await write(root, file, `---\n${doc.toString()}---\n${match[2]}`);
}

function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset === -1) throw new Error(`the mutated file does not contain ${JSON.stringify(needle)}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * Runs every case through the CLI, text and JSON, asserting exit code, file, field, rule
 * and position. A warning case runs its JSON with --strict: exit 1 and the same problem
 * as an error proves --strict, and the text run shows it as a warning with exit 0.
 */
export function runCorpus(title: string, cases: readonly CorpusCase[]): void {
  afterAll(removeFixtures);

  describe.concurrent(title, () => {
    for (const c of cases) {
      it(c.name, async () => {
        const root = await cleanFixture();
        await c.mutate(root);
        if (c.ledger !== 'as-is') await rerecord(root);
        const warning = c.severity === 'warning';
        const [text, json] = await Promise.all([
          runCheck(root),
          runCheck(root, warning ? ['--strict', '--format', 'json'] : ['--format', 'json']),
        ]);

        // Text: exit code, the file named, and a problem line naming file, field and rule.
        expect(text.stderr).toBe('');
        expect(text.code).toBe(warning ? 0 : 1);
        const lines = text.stdout.split('\n');
        const line = lines.find(
          (l) => l.includes(`${c.file}`) && l.includes(`  ${c.field}  `) && l.includes(c.rule),
        );
        expect(
          line,
          `no line for ${c.file} ${c.field} ${c.rule} in:\n${text.stdout}`,
        ).toBeDefined();
        expect(line).toMatch(warning ? /^ {2}warning / : /^ {2}error {3}/);
        expect(lines).toContain(c.file);

        // JSON: the same problem, with its position (an error under --strict).
        expect(json.code).toBe(1);
        const report = JSON.parse(json.stdout) as ProblemReport;
        expect(report.strict).toBe(warning);
        const problem = report.problems.find(
          (p) => p.file === c.file && p.field === c.field && p.rule === c.rule,
        );
        expect(problem, `no problem in ${JSON.stringify(report.problems, null, 1)}`).toBeDefined();
        expect(problem!.severity).toBe('error');
        if (c.noPosition) {
          expect(problem!.line).toBeNull();
          expect(line).toContain(`${c.file}  ${c.field}  `);
        } else {
          expect(problem!.line).toBeGreaterThan(0);
          expect(line).toContain(`${c.file}:${problem!.line}:${problem!.column}  ${c.field}  `);
        }
        if (c.at) {
          const where = positionOf(await read(root, c.file), c.at);
          expect({ line: problem!.line, column: problem!.column }).toEqual(where);
        }
        if (c.says) {
          expect([problem!.message, problem!.expected, problem!.found].join(' ')).toContain(c.says);
        }
        if (c.secret) {
          expect(text.stdout).not.toContain(c.secret);
          expect(json.stdout).not.toContain(c.secret);
        }
      });
    }
  });
}
