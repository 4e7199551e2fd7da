/**
 * `npm run matrix:publish`: publish a new version of a client's responsibility matrix
 * (bump, effective date, changelog line), freezing the resolved matrix and recording its
 * SHA-256 in the matrix ledger; `--record` adopts the matrix in force as it stands.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/checks/run.ts';
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import type { Model } from '../lib/model/types.ts';
import {
  MATRIX_LEDGER_FILE,
  readMatrixLedger,
  serializeMatrixLedger,
} from '../lib/records/matrix-ledger.ts';
import {
  bumpClientMatrix,
  MatrixPublishError,
  matrixVersionRecord,
  unpublishedChanges,
  validatePublish,
} from '../lib/records/matrix-publish.ts';
import {
  matrixVersionFile,
  serializeMatrixSnapshot,
  type MatrixSnapshot,
} from '../lib/records/matrix-snapshot.ts';
import { sha256 } from '../lib/records/seal.ts';
import { printProblems } from './output.ts';
import { CommandError, requireClient, runCommand, step } from './report/common.ts';

/** The `--help` text. */
export const matrixPublishHelp = `Usage: npm run matrix:publish -- --client <id> --summary "<changelog line>" [--effective YYYY-MM-DD] [--by "<name>"]
       npm run matrix:publish -- --record (--client <id> | --all)

Publishes a new version of a client's responsibility matrix: bumps matrix.version in
clients/<id>/client.yaml (2.0 → 2.1), sets matrix.effective (default today), adds the
changelog line, then freezes the resolved matrix in clients/<id>/matrix-versions/<n>.json
and records its SHA-256 in ${MATRIX_LEDGER_FILE}. Earlier versions are kept and stay
readable at /clients/<id>/matrix/versions/<n>/, each with what changed since the one before.

  --client <id>        client id
  --summary "<text>"   what changed and why (required; at least 10 characters)
  --effective <date>   when the version takes effect (default today, or TANDEM_TODAY)
  --by "<name>"        who made the change, for the changelog (default the provider's name)
  --record             adopt the matrix in force as version 1 of a client with no versions yet
  --all                with --record: every such client; safe to run again

Edit the template or the client's overrides first; publish when the change is agreed.
`;

async function loadModel(root: string, day: string): Promise<Model> {
  const result = await checkContent(root, { today: day });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!result.model || errors.length) {
    printProblems(errors, result.files, process.stderr);
    throw new CommandError(`the content has ${errors.length} error(s); nothing was published`);
  }
  return result.model;
}

async function writeVersion(root: string, snapshot: MatrixSnapshot): Promise<string> {
  const file = matrixVersionFile(snapshot.client, snapshot.number);
  const text = serializeMatrixSnapshot(snapshot);
  await mkdir(dirname(join(root, file)), { recursive: true });
  await writeFile(join(root, file), text);
  return sha256(text);
}

/** Runs the command; returns the process exit code. */
export async function runMatrixPublishCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      client: { type: 'string' },
      summary: { type: 'string' },
      effective: { type: 'string' },
      by: { type: 'string' },
      record: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(matrixPublishHelp);
    return 0;
  }
  return runCommand(async () => {
    const root = contentRoot();
    const day = today();
    const model = await loadModel(root, day);
    const { ledger, problems } = await readMatrixLedger(root);
    if (problems.length)
      throw new CommandError(`${MATRIX_LEDGER_FILE} cannot be read: run "npm run check"`);

    if (values.record) {
      if (values.summary || values.effective)
        throw new CommandError('--record takes no --summary or --effective', 2);
      if (!values.all && !values.client)
        throw new CommandError('--record needs --client <id> or --all', 2);
      const ids = values.all
        ? [...model.clientsById.keys()].sort()
        : [requireClient(model, values.client)];
      let adopted = 0;
      for (const id of ids) {
        if (ledger.get(id)?.length) {
          if (!values.all)
            step(
              `${id}: already has ${ledger.get(id)!.length} published version(s); nothing to do`,
            );
          continue;
        }
        const client = model.clientsById.get(id)!;
        const last = client.data.matrix.changelog.at(-1)!;
        const { snapshot, entry } = matrixVersionRecord(model, id, 1, day, last.summary, 'adopted');
        ledger.set(id, [{ ...entry, sha256: await writeVersion(root, snapshot) }]);
        step(`${id}: adopted matrix ${entry.matrix_version} as version 1`);
        adopted++;
      }
      if (adopted) await writeFile(join(root, MATRIX_LEDGER_FILE), serializeMatrixLedger(ledger));
      process.stdout.write(
        adopted
          ? `\nAdopted ${adopted} matrix version(s). Commit them with ${MATRIX_LEDGER_FILE}.\n`
          : '\nNothing to adopt.\n',
      );
      return 0;
    }

    const id = requireClient(model, values.client);
    if (!values.summary)
      throw new CommandError('--summary "<what changed and why>" is required', 2);
    const versions = ledger.get(id) ?? [];
    if (!versions.length) {
      throw new CommandError(
        `${id} has no published matrix version yet: adopt the matrix in force first with npm run matrix:publish -- --record --client ${id}`,
      );
    }
    let options;
    try {
      options = validatePublish({
        summary: values.summary,
        effective: values.effective ?? day,
        by: values.by ?? model.provider.data.name,
        day,
      });
    } catch (err) {
      if (err instanceof MatrixPublishError) throw new CommandError(err.message, 2);
      throw err;
    }
    const lastFile = matrixVersionFile(id, versions.length);
    const last = JSON.parse(await readFile(join(root, lastFile), 'utf8')) as MatrixSnapshot;
    const changes = unpublishedChanges(model, id, last);
    if (!changes.length) {
      throw new CommandError(
        `the matrix of ${id} resolves exactly as version ${last.number} (${last.matrix_version}); there is nothing to publish`,
      );
    }
    const clientFile = `clients/${id}/client.yaml`;
    const original = await readFile(join(root, clientFile), 'utf8');
    const { text, version } = bumpClientMatrix(original, options);
    await writeFile(join(root, clientFile), text);
    let after: Model;
    try {
      after = await loadModel(root, day);
    } catch (err) {
      await writeFile(join(root, clientFile), original);
      throw err;
    }
    const number = versions.length + 1;
    const { snapshot, entry } = matrixVersionRecord(
      after,
      id,
      number,
      day,
      options.summary,
      'published',
    );
    ledger.set(id, [...versions, { ...entry, sha256: await writeVersion(root, snapshot) }]);
    await writeFile(join(root, MATRIX_LEDGER_FILE), serializeMatrixLedger(ledger));
    step(`bumped ${clientFile} to matrix ${version}, effective ${options.effective}`);
    step(`froze ${changes.length} changed row(s) and the rest in ${matrixVersionFile(id, number)}`);
    process.stdout.write(
      `\nPublished matrix version ${number} (${version}) of ${id}. Commit ${clientFile}, the version file and ${MATRIX_LEDGER_FILE} together.\n`,
    );
    return 0;
  });
}
