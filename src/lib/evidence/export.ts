/**
 * A binder as CSV: one record per control with what evidences it, for spreadsheets and
 * audit request lists. Holds only what the client may read (the file sits in the
 * client's folder), and every cell is safe from formula injection.
 */
import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../formula.ts';
import { groupLabel } from './binder.ts';
import { kpi } from '../reports/kpis.ts';
import { DECISION_LABEL, STATUS_LABEL } from './status.ts';
import type { Binder } from './types.ts';

/** The column headings, in order. */
export const BINDER_CSV_HEADER = [
  'Framework',
  'Group',
  'Control ID',
  'Control',
  'Status',
  'Notes',
  'Evidence records (period, approved, current)',
  'Exceptions',
  'Decision',
  'Policies',
  'Services',
  'Activities (Responsible)',
  'Reports',
  'Report KPIs',
  'Runbooks (last tested)',
] as const;

/** One row of cells per control, in framework order. */
export function binderRecords(binder: Binder): string[][] {
  const fw = binder.framework.data;
  const groupOf = new Map(fw.groups.map((g) => [g.id, groupLabel(g)]));
  return binder.rows.map((row) => {
    const kpis = [...new Set(row.reports.flatMap((r) => r.kpis))];
    return [
      fw.short,
      groupOf.get(row.control.group) ?? row.control.group,
      row.control.id,
      row.control.title,
      STATUS_LABEL[row.status],
      row.reasons.map((r) => r.text).join('; '),
      row.records
        .map(
          ({ record, current, through }) =>
            `${record.data.title} (${record.data.period.start} to ${record.data.period.end}, approved ${record.data.approved_by.date}, ${current ? `current until ${through}` : `out of cycle since ${through}`})`,
        )
        .join('; '),
      row.exceptions
        .map(
          ({ exception, state }) =>
            `${exception.data.id} (${state}, expires ${exception.data.expires})`,
        )
        .join('; '),
      row.decision
        ? `${DECISION_LABEL[row.decision.data.decision]}: ${row.decision.data.reason}`
        : '',
      row.policies
        .map(
          ({ policy }) =>
            `${policy.data.title} v${policy.data.version} (effective ${policy.data.effective})`,
        )
        .join('; '),
      row.services.map(({ service }) => service.data.title).join('; '),
      row.activities
        .map(
          (a) =>
            `${a.row.activity.title} (${a.responsible.map((r) => (r.person ? `${r.partyName}: ${r.person}` : r.partyName)).join(', ') || 'nobody'})`,
        )
        .join('; '),
      row.reports.map((r) => r.report.data.period).join('; '),
      kpis.map((id) => kpi(id).label).join('; '),
      row.runbooks
        .map(
          ({ runbook }) => `${runbook.data.title} (${runbook.data.last_tested ?? 'never tested'})`,
        )
        .join('; '),
    ];
  });
}

/** The CSV text: a header row, then one row per control. */
export function binderCsv(binder: Binder): string {
  return stringify(
    [[...BINDER_CSV_HEADER], ...binderRecords(binder)].map((row) =>
      row.map((cell) => neutralizeFormula(cell)),
    ),
    { record_delimiter: '\r\n' },
  );
}
