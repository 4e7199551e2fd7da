/** What the report commands share: reading options, naming files, talking to the author. */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { styleText } from 'node:util';
import type { Model } from '../../lib/model/types.ts';
import type { Said } from '../../lib/reports/publish-plan.ts';

/** A refusal the author can act on; printed without a stack trace. */
export class CommandError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Checks `--month` is written YYYY-MM. */
export function parseMonth(value: string | undefined, flag = '--month'): string {
  if (!value) throw new CommandError(`${flag} YYYY-MM is required`, 2);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
    throw new CommandError(`${flag} must be a month written YYYY-MM, found "${value}"`, 2);
  }
  return value;
}

/** Checks `--client` names a client of `model`. */
export function requireClient(model: Model, id: string | undefined): string {
  if (!id) throw new CommandError('--client <id> is required', 2);
  if (!model.clientsById.has(id)) {
    const known = [...model.clientsById.keys()].sort().join(', ');
    throw new CommandError(`unknown client "${id}" (expected one of ${known})`, 2);
  }
  return id;
}

/** Checks a staff id exists. */
export function requireStaff(model: Model, id: string, flag: string): string {
  if (!model.staff.has(id)) {
    const known = [...model.staff.keys()].sort().join(', ');
    throw new CommandError(`${flag} "${id}" is not a staff id (expected one of ${known})`, 2);
  }
  return id;
}

/** The report file of `client` for `month`, relative to the content root (an existing .md wins). */
export function reportFile(root: string, client: string, month: string): string {
  const base = `clients/${client}/reports/${month}`;
  return existsSync(join(root, `${base}.md`)) ? `${base}.md` : `${base}.mdx`;
}

/** A progress line on stdout. */
export function step(text: string): void {
  process.stdout.write(`${styleText('green', '✓', { stream: process.stdout })} ${text}\n`);
}

/** A note on stdout that needs the author's attention. */
export function note(text: string): void {
  process.stdout.write(`${styleText('yellow', '!', { stream: process.stdout })} ${text}\n`);
}

/** Prints the lines a plan says, in order: steps done and notes to the author. */
export function say(said: readonly Said[]): void {
  for (const line of said) (line.kind === 'step' ? step : note)(line.text);
}

/** Runs a command body, turning a `CommandError` into a message and an exit code. */
export async function runCommand(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (!(err instanceof CommandError)) throw err;
    process.stderr.write(
      `${styleText(['red', 'bold'], 'error', { stream: process.stderr })} ${err.message}\n`,
    );
    return err.exitCode;
  }
}

/** `path` as the author would type it: relative to the working folder when inside it. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
