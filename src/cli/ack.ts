/**
 * `npm run ack`: record that a client's contact acknowledged the current version of a
 * document, with the SHA-256 of that exact version, in clients/<id>/acknowledgements.yaml.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/checks/run.ts';
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import { acknowledgementsFile, acknowledgement } from '../lib/records/ack-schema.ts';
import { appendAcknowledgement, readAcknowledgements } from '../lib/records/ack-read.ts';
import { ackProblems } from '../lib/records/ack-status.ts';
import { ackDocuments } from '../lib/records/documents.ts';
import { printProblems } from './output.ts';
import { CommandError, requireClient, runCommand, step } from './report/common.ts';

/** The `--help` text. */
export const ackHelp = `Usage: npm run ack -- --client <id> --doc <matrix|policy:<id>|report:<YYYY-MM>> --by <contact-id> --date YYYY-MM-DD [--method email|e-sign|meeting|paper] [--ref <ticket>]

Records that a contact of the client acknowledged the current version of a document:
who, when, how, and the SHA-256 of that exact version, in
clients/<id>/acknowledgements.yaml. Pages then show "Acknowledged by … on …" until the
document changes, and "Changed since acknowledged on …" after.
`;

/** Runs the command; returns the process exit code. */
export async function runAckCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      client: { type: 'string' },
      doc: { type: 'string' },
      by: { type: 'string' },
      date: { type: 'string' },
      method: { type: 'string', default: 'email' },
      ref: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(ackHelp);
    return 0;
  }
  return runCommand(async () => {
    const root = contentRoot();
    const day = today();
    const result = await checkContent(root, { today: day });
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (!result.model || errors.length) {
      printProblems(errors, result.files, process.stderr);
      throw new CommandError(`the content has ${errors.length} error(s); nothing was recorded`);
    }
    const model = result.model;
    const id = requireClient(model, values.client);
    const client = model.clientsById.get(id)!;
    if (!values.doc || !values.by || !values.date) {
      throw new CommandError('--doc, --by and --date are all required', 2);
    }
    const docs = await ackDocuments(root, model, id);
    const doc = docs.find((d) => d.key === values.doc);
    const current = doc?.versions.at(-1);
    const parsed = acknowledgement.safeParse({
      doc: values.doc,
      version: current?.version ?? '?',
      sha256: current?.sha256 ?? '0'.repeat(64),
      by: values.by,
      date: values.date,
      method: values.method,
      ...(values.ref ? { ref: values.ref } : {}),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CommandError(`--${String(issue.path[0])}: ${issue.message}`, 2);
    }
    const { acks, text } = await readAcknowledgements(root, id);
    const problems = ackProblems(client, docs, parsed.data, acks.length, day);
    if (problems.length) {
      printProblems(problems, 1, process.stderr);
      throw new CommandError('the acknowledgement was not recorded');
    }
    const file = acknowledgementsFile(id);
    await writeFile(join(root, file), appendAcknowledgement(text, parsed.data));
    step(
      `${values.by} acknowledged ${doc!.title} version ${current!.version} (sha256 ${current!.sha256.slice(0, 12)}…) on ${values.date}`,
    );
    process.stdout.write(`\nRecorded in ${file}. Commit it.\n`);
    return 0;
  });
}
