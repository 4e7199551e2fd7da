/**
 * A client's effective matrix as downloadable data: one record per activity with one
 * column per party, for `matrix.csv` and `matrix.json`.
 */
import { stringify } from 'csv-stringify/sync';
import type { Model } from '../model/types.ts';
import { neutralizeFormula } from '../formula.ts';
import { formatLetters } from './letters.ts';
import type { EffectiveMatrix } from './types.ts';

export interface MatrixRecord {
  domain: string;
  activity_id: string;
  activity: string;
  frequency: string;
  service: string;
  /** Party id → letters, e.g. "RA". */
  letters: Record<string, string>;
  provenance: string;
  reason: string;
  approved_by: string;
  responsible_person: string;
  backup_person: string;
  accountable_person: string;
  controls: string;
}

/** One record per row, in matrix order. */
export function matrixRecords(model: Model, matrix: EffectiveMatrix): MatrixRecord[] {
  return matrix.sections.flatMap(({ domain, rows }) =>
    rows.map((row) => {
      const responsible = row.coverage.find((c) => c.party === row.responsible[0]);
      const accountable = row.coverage.find((c) => c.party === row.accountable[0]);
      return {
        domain: domain.title,
        activity_id: row.activity.id,
        activity: row.activity.title,
        frequency: row.activity.frequency,
        service: row.service?.title ?? '',
        letters: Object.fromEntries(
          model.parties.map((p) => [p.id, formatLetters(row.cells[p.id] ?? [])]),
        ),
        provenance: row.provenance,
        reason: row.override?.reason ?? '',
        approved_by: row.override
          ? `${row.override.approvedBy.name} ${row.override.approvedBy.date}`
          : '',
        responsible_person: responsible?.primary?.name ?? '',
        backup_person: responsible?.backup?.name ?? '',
        accountable_person: accountable?.primary?.name ?? '',
        controls: row.clientControls.join(' '),
      };
    }),
  );
}

/** The CSV text: a header row, then one row per activity; party columns use party names. */
export function matrixCsv(model: Model, records: readonly MatrixRecord[]): string {
  const header = [
    'Domain',
    'Activity ID',
    'Activity',
    'Frequency',
    'Service',
    ...model.parties.map((p) => p.name),
    'Provenance',
    'Override reason',
    'Override approved by',
    'Responsible person',
    'Backup person',
    'Accountable person',
    'Controls',
  ];
  const rows = records.map((r) => [
    r.domain,
    r.activity_id,
    r.activity,
    r.frequency,
    r.service,
    ...model.parties.map((p) => r.letters[p.id] ?? ''),
    r.provenance,
    r.reason,
    r.approved_by,
    r.responsible_person,
    r.backup_person,
    r.accountable_person,
    r.controls,
  ]);
  return stringify(
    [header, ...rows].map((row) => row.map((cell) => neutralizeFormula(cell))),
    {
      record_delimiter: '\r\n',
    },
  );
}

/** The JSON document: matrix metadata, parties, and the records. */
export function matrixJson(model: Model, matrix: EffectiveMatrix, clientName: string): string {
  return (
    JSON.stringify(
      {
        client: { id: matrix.client, name: clientName },
        version: matrix.version,
        effective: matrix.effective,
        approved_by: matrix.approvedBy,
        changelog: matrix.changelog,
        parties: model.parties.map(({ id, name }) => ({ id, name })),
        gaps: matrix.gaps,
        activities: matrixRecords(model, matrix),
      },
      null,
      2,
    ) + '\n'
  );
}
