/**
 * `report:publish --record [--all]`: adopt published reports the ledger lacks, or that it
 * recorded before snapshots existed, writing each report's snapshot beside it.
 */
import { checkContent } from '../../lib/checks/run.ts';
import { recordPublishedReports } from '../../lib/records/record-reports.ts';
import { LEDGER_FILE } from '../../lib/reports/ledger.ts';
import { printProblems } from '../output.ts';
import { CommandError, requireClient, step } from './common.ts';

/** Rules `--record` exists to fix, so they do not block it. */
const ADOPTABLE = new Set(['reports/ledger-missing', 'records/snapshot']);

/** Options of a `--record` run. */
export interface RecordOptions {
  root: string;
  day: string;
  client?: string | undefined;
  month?: string | undefined;
  all: boolean;
}

/** Adopts the chosen published reports; returns how many were recorded. */
export async function recordReports(options: RecordOptions): Promise<number> {
  const { root, day } = options;
  if (!options.all && !options.month) {
    throw new CommandError('--record needs --client <id> --month YYYY-MM, or --all', 2);
  }
  const before = await checkContent(root, { today: day });
  if (!before.model) {
    throw new CommandError(`cannot read the content in ${root}: run "npm run check"`);
  }
  const model = before.model;
  const blocking = before.problems.filter((p) => p.severity === 'error' && !ADOPTABLE.has(p.rule));
  if (blocking.length) {
    printProblems(blocking, before.files, process.stderr);
    throw new CommandError(`the content has ${blocking.length} error(s); nothing was recorded`);
  }
  if (options.client) requireClient(model, options.client);
  const chosen = model.reports.filter(
    (r) =>
      r.data.status === 'published' &&
      (!options.client || r.data.client === options.client) &&
      (!options.month || r.data.period === options.month),
  );
  if (!chosen.length) {
    throw new CommandError('no published report matches; nothing was recorded', 2);
  }
  const outcome = await recordPublishedReports(root, model, chosen, day);
  for (const a of outcome.adopted) step(`${a.file}: ${a.reason}; adopted with ${a.snapshot}`);
  if (!options.all) for (const s of outcome.skipped) step(`${s.file}: ${s.reason}; nothing to do`);
  if (outcome.refused.length) {
    throw new CommandError(
      `${outcome.refused.length} report(s) were not adopted:\n  ${outcome.refused
        .map((r) => `${r.file}: ${r.reason}`)
        .join('\n  ')}`,
    );
  }
  const count = outcome.adopted.length;
  process.stdout.write(
    count
      ? `\nAdopted ${count} published report(s). Commit the snapshots together with ${LEDGER_FILE}.\n`
      : `\nEvery chosen report is already recorded with its snapshot; nothing to do.\n`,
  );
  return count;
}
