/**
 * What an examiner package as of a day holds: the binders then, the matrix and policy
 * versions in force then, the published reports of the 12 months before, the evidence
 * records and attachments of that period, the exceptions in force and the decisions made.
 * Pure: file contents come through `read`, so the same inputs always give the same list.
 */
import { stringify } from 'yaml';
import type { Client } from '../../schemas/index.ts';
import { addMonths, monthOf, shiftMonth } from '../dates.ts';
import type { ClientAssurance } from '../evidence/assurance.ts';
import type { ArchivedVersion } from '../evidence/archive.ts';
import { clientBinders } from '../evidence/binder.ts';
import { exceptionCounts } from '../evidence/exceptions.ts';
import { binderCsv } from '../evidence/export.ts';
import type { Binder } from '../evidence/types.ts';
import type { Entry, Model } from '../model/types.ts';
import { binderHtml } from './binder-html.ts';
import type { MatrixVersion } from '../records/matrix-read.ts';
import { frozenMatrixCsv, matrixInForce } from './matrix-version.ts';
import { policiesInForce } from './policies.ts';

/** One file of the package. */
export interface PackageFile {
  /** Path inside the package, posix. */
  path: string;
  /** What it is, for the manifest. */
  what: string;
  bytes: Buffer;
}

/** What to package. */
export interface ExamRequest {
  client: Entry<Client>;
  asOf: string;
  /** One framework id, or every framework of the client. */
  framework?: string;
  /** The client's published matrix versions, oldest first (see `readMatrixVersions`). */
  matrixVersions: readonly MatrixVersion[];
}

/** The package, without the PDFs (printed by the CLI from the binder HTML files). */
export interface ExamPackage {
  name: string;
  files: PackageFile[];
  binders: Binder[];
  matrixVersion: string;
}

/** Why a package cannot be made for the request: the date or the framework. */
export class ExamRequestError extends Error {}

/** Checks the as-of day against the contract and today. */
export function checkAsOf(client: Entry<Client>, asOf: string, today: string): void {
  if (asOf > today)
    throw new ExamRequestError(
      `--as-of ${asOf} is in the future (expected a day on or before ${today})`,
    );
  if (asOf < client.data.contract.start)
    throw new ExamRequestError(
      `--as-of ${asOf} is before ${client.file} contract.start (${client.data.contract.start}); expected a day on or after it`,
    );
}

const text = (s: string) => Buffer.from(s, 'utf8');

/** Model as known on `asOf`: reports published after it are left out. */
function modelAsOf(model: Model, asOf: string): Model {
  const reportsByClient = new Map(
    [...model.reportsByClient].map(([id, list]) => [
      id,
      list.filter((r) => r.data.status === 'published' && (r.data.published_at ?? '9999') <= asOf),
    ]),
  );
  return {
    ...model,
    reportsByClient,
    reports: [...reportsByClient.values()].flat(),
    policies: model.policies.filter((p) => p.data.effective <= asOf),
    policiesById: new Map([...model.policiesById].filter(([, p]) => p.data.effective <= asOf)),
  };
}

/** The files of the package for `request`, in path order. */
export function examPackage(
  model: Model,
  signed: ClientAssurance,
  archive: readonly ArchivedVersion[],
  request: ExamRequest,
  read: (file: string) => Buffer,
): ExamPackage {
  const { client, asOf } = request;
  if (request.framework && !client.data.frameworks.includes(request.framework)) {
    throw new ExamRequestError(
      `--framework ${request.framework} is not one of ${client.id}'s frameworks (expected one of ${client.data.frameworks.join(', ')})`,
    );
  }
  const matrix = matrixInForce(client.id, request.matrixVersions, asOf);
  const then = modelAsOf(model, asOf);
  const assurance = new Map([[client.id, signed]]);
  const binders = clientBinders(then, client, asOf, undefined, assurance).filter(
    (b) => !request.framework || b.framework.id === request.framework,
  );
  const files: PackageFile[] = [];
  for (const b of binders) {
    files.push({
      path: `binder/${b.framework.id}.csv`,
      what: `${b.framework.data.name} binder as of ${asOf} (CSV)`,
      bytes: text(binderCsv(b)),
    });
    files.push({
      path: `binder/${b.framework.id}.html`,
      what: `${b.framework.data.name} binder as of ${asOf} (HTML)`,
      bytes: text(binderHtml(b, matrix.version)),
    });
  }
  files.push({
    path: `matrix/matrix-v${matrix.version}.csv`,
    what: `Responsibility matrix version ${matrix.version}, effective ${matrix.effective} (CSV of the published version)`,
    bytes: text(frozenMatrixCsv(matrix.snapshot)),
  });
  files.push({
    path: `matrix/matrix-v${matrix.version}.json`,
    what: `Responsibility matrix version ${matrix.version}, as published (its SHA-256 is in matrix-ledger.yaml)`,
    bytes: read(matrix.file),
  });

  for (const p of policiesInForce(model, archive, client, asOf)) {
    files.push({
      path: `policies/${p.policy.id}-v${p.version}.mdx`,
      what: `${p.policy.data.title}, version ${p.version}, effective ${p.effective}${p.archived ? ' (archived version)' : ''}`,
      bytes: read(p.file),
    });
  }
  const fromMonth = shiftMonth(monthOf(asOf), -12);
  for (const r of then.reportsByClient.get(client.id) ?? []) {
    if (r.data.period < fromMonth || r.data.period >= monthOf(asOf)) continue;
    files.push({
      path: `reports/${r.data.period}.mdx`,
      what: `Security report ${r.data.period}, published ${r.data.published_at}`,
      bytes: read(r.file),
    });
  }
  const from = addMonths(asOf, -12);
  for (const record of signed.records) {
    const { period, approved_by } = record.data;
    if (approved_by.date > asOf || period.end < from) continue;
    const folder = `evidence/${record.id.split('/')[0]}`;
    files.push({
      path: `${folder}/${record.file.split('/').at(-1)}`,
      what: `Evidence record: ${record.data.title}`,
      bytes: read(record.file),
    });
    if (record.attachmentFile && record.data.attachment) {
      files.push({
        path: `${folder}/${record.data.attachment.file}`,
        what: `Attachment of ${record.data.title} (SHA-256 recorded in the record)`,
        bytes: read(record.attachmentFile),
      });
    }
  }
  const exceptions = signed.exceptions
    .filter((e) => exceptionCounts(e.data, asOf))
    .map((e) => e.data);
  files.push({
    path: 'exceptions.yaml',
    what: `Exceptions and risk acceptances in force on ${asOf}`,
    bytes: text(stringify({ exceptions })),
  });
  const decisions = signed.decisions
    .filter((d) => d.data.decided_by.date <= asOf)
    .map((d) => d.data);
  files.push({
    path: 'decisions.yaml',
    what: `Control decisions made on or before ${asOf}`,
    bytes: text(stringify({ decisions })),
  });

  files.sort((a, b) => a.path.localeCompare(b.path));
  const name = `${client.id}-exam-${asOf}${request.framework ? `-${request.framework}` : ''}`;
  return { name, files, binders, matrixVersion: matrix.version };
}
