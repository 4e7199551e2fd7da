/** The checks of frozen records beyond the report ledger: matrix versions and acknowledgements. */
import type { Model } from '../model/types.ts';
import type { Problem } from '../problems.ts';
import { checkMatrixLedger } from './matrix-ledger.ts';

/** Problems with the frozen records under `root`. */
export async function checkRecords(root: string, model: Model | undefined): Promise<Problem[]> {
  if (!model) return [];
  return checkMatrixLedger(root, new Set(model.clientsById.keys()));
}
