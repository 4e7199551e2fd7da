/** `npm run evidence:add`: record a dated evidence record, with its attachment hashed beside it. */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { evidenceKind, evidenceRecordSchema } from '../schemas/index.ts';
import { checkContent } from '../lib/checks/run.ts';
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import { sha256File } from '../lib/evidence/assurance-check.ts';
import { printProblems } from './output.ts';
import { CommandError, requireClient, runCommand, shown, step } from './report/common.ts';

/** The `--help` text. */
export const evidenceAddHelp = `Usage: npm run evidence:add -- --client <id> --kind <kind> --title <text>
       --start YYYY-MM-DD --end YYYY-MM-DD --performed-by <id> --approved-by <contact>
       --approved-on YYYY-MM-DD --control <fw:id> [--control …] --summary <text> [--file <path>]

Writes content/clients/<id>/evidence/<yyyy>/<kind>-<end>.yaml. With --file, the file is
copied beside the record and its SHA-256 recorded; the check and the build refuse the
record if the file changes later. The whole content is checked afterwards, and the
record is removed again if it breaks a rule (approver not a client contact, period after
approval, a control the client is not held to…).

Kinds: ${evidenceKind.options.join(', ')}
`;

function need(value: string | undefined, flag: string): string {
  if (!value) throw new CommandError(`${flag} is required (see --help)`, 2);
  return value;
}

/** Runs the command; returns the process exit code. */
export async function runEvidenceAddCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      client: { type: 'string' },
      kind: { type: 'string' },
      title: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      'performed-by': { type: 'string' },
      'approved-by': { type: 'string' },
      'approved-on': { type: 'string' },
      control: { type: 'string', multiple: true },
      summary: { type: 'string' },
      file: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(evidenceAddHelp);
    return 0;
  }
  return runCommand(async () => {
    const root = contentRoot();
    const day = today();
    const before = await checkContent(root, { today: day });
    if (!before.model)
      throw new CommandError(`cannot read the content in ${root}: run "npm run check"`);
    const client = requireClient(before.model, values.client);
    const kind = evidenceKind.safeParse(values.kind);
    if (!kind.success)
      throw new CommandError(
        `--kind must be one of ${evidenceKind.options.join(', ')}, found "${values.kind ?? ''}"`,
        2,
      );
    const end = need(values.end, '--end');
    const folder = `clients/${client}/evidence/${end.slice(0, 4)}`;
    const slug = `${kind.data}-${end}`;
    const file = `${folder}/${slug}.yaml`;
    if (existsSync(join(root, file)))
      throw new CommandError(`${file} already exists; it is never overwritten`);

    const record: Record<string, unknown> = {
      title: need(values.title, '--title'),
      kind: kind.data,
      period: { start: need(values.start, '--start'), end },
      performed_by: need(values['performed-by'], '--performed-by'),
      approved_by: {
        contact: need(values['approved-by'], '--approved-by'),
        date: need(values['approved-on'], '--approved-on'),
      },
      controls: values.control ?? [],
      summary: need(values.summary, '--summary'),
    };
    let copied: string | undefined;
    if (values.file) {
      const source = values.file;
      if (!existsSync(source)) throw new CommandError(`--file ${source} does not exist`, 2);
      const name = basename(source).replace(/[^A-Za-z0-9._-]/g, '-');
      copied = `${folder}/${name}`;
      if (existsSync(join(root, copied)))
        throw new CommandError(`${copied} already exists; it is never overwritten`);
      record.attachment = { file: name, sha256: await sha256File(source) };
    }
    const parsed = evidenceRecordSchema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CommandError(`${file}: ${issue.path.join('.')}: ${issue.message}`, 2);
    }
    await mkdir(join(root, folder), { recursive: true });
    if (copied) await copyFile(values.file!, join(root, copied));
    await writeFile(join(root, file), stringify(record, { lineWidth: 100 }));

    const after = await checkContent(root, { today: day });
    const mine = after.problems.filter((p) => p.severity === 'error' && p.file === file);
    if (mine.length) {
      printProblems(mine, undefined, process.stderr);
      const { rm } = await import('node:fs/promises');
      await rm(join(root, file), { force: true });
      if (copied) await rm(join(root, copied), { force: true });
      throw new CommandError(
        `${file} was not kept: fix the options above and run the command again`,
      );
    }
    step(
      `${shown(join(root, file))} written${copied ? `, with ${basename(copied)} (SHA-256 ${(await readFile(join(root, file), 'utf8')).match(/sha256: (\w+)/)?.[1]})` : ''}`,
    );
    return 0;
  });
}
