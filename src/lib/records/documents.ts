/**
 * The documents a client can acknowledge, each with its versions and their SHA-256:
 * the matrix (versions from the matrix ledger), the client's own policies (the file as it
 * stands), and published reports (the report and snapshot hashes from the report ledger).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Model } from '../model/types.ts';
import { LEDGER_FILE, parseLedger } from '../reports/ledger.ts';
import { readMatrixLedger } from './matrix-ledger.ts';
import { sha256 } from './seal.ts';
import { urls } from '../urls.ts';

/** One version of a document. */
export interface DocVersion {
  version: string;
  sha256: string;
  /** The first day this version existed (effective or published). */
  since: string;
}

/** A document a client can acknowledge. */
export interface AckDocument {
  /** `matrix`, `policy:<id>`, `report:<YYYY-MM>`. */
  key: string;
  title: string;
  /** The document's page, e.g. `/clients/<id>/matrix/`. */
  path: string;
  /** Oldest first; the last is current. */
  versions: DocVersion[];
}

/** Every document `client` can acknowledge under `root`. */
export async function ackDocuments(
  root: string,
  model: Model,
  client: string,
): Promise<AckDocument[]> {
  const docs: AckDocument[] = [];
  const { ledger: matrixLedger } = await readMatrixLedger(root);
  const matrix = matrixLedger.get(client) ?? [];
  if (matrix.length) {
    docs.push({
      key: 'matrix',
      title: 'Responsibility matrix',
      path: urls.clientMatrix(client),
      versions: matrix.map((e) => ({
        version: e.matrix_version,
        sha256: e.sha256,
        since: e.effective,
      })),
    });
  }
  for (const policy of model.policies.filter((p) => p.data.client === client)) {
    const text = await readFile(join(root, policy.file), 'utf8');
    docs.push({
      key: `policy:${policy.id}`,
      title: policy.data.title,
      path: urls.policy(policy),
      versions: [
        { version: policy.data.version, sha256: sha256(text), since: policy.data.effective },
      ],
    });
  }
  const { ledger } = parseLedger(
    await readFile(join(root, LEDGER_FILE), 'utf8').catch(() => undefined),
  );
  for (const report of model.reportsByClient.get(client) ?? []) {
    const versions = ledger.get(report.file);
    if (report.data.status !== 'published' || !versions?.length) continue;
    docs.push({
      key: `report:${report.data.period}`,
      title: `Security report, ${report.data.period}`,
      path: urls.report(client, report.data.period),
      versions: versions.map((v, i) => ({
        version: String(i + 1),
        sha256: sha256(`${v.sha256}:${v.snapshot ?? ''}`),
        // An adopted version is the report as published, with its snapshot added later.
        since: v.event === 'corrected' ? v.recorded : (report.data.published_at ?? v.recorded),
      })),
    });
  }
  return docs;
}
