/** The checks of records beyond the report ledger: matrix versions, acknowledgements, runbook shares. */
import type { Model } from '../model/types.ts';
import type { Problem } from '../problems.ts';
import { checkAcknowledgements } from './ack-read.ts';
import { checkMatrixLedger } from './matrix-ledger.ts';
import { checkRunbookSharing } from './runbook-sharing.ts';

/** Problems with the frozen records under `root`, as of `today`. */
export async function checkRecords(
  root: string,
  model: Model | undefined,
  today: string,
): Promise<Problem[]> {
  if (!model) return [];
  const shared = checkRunbookSharing(model, today);
  const matrix = await checkMatrixLedger(root, new Set(model.clientsById.keys()));
  // Acknowledgements are judged against verified versions only.
  if (matrix.length) return [...shared, ...matrix];
  return [...shared, ...(await checkAcknowledgements(root, model, today))];
}
