/**
 * When a runbook was shared with each client (`shared_since`): every day must belong to a
 * client the runbook is shared with, and cannot be later than today. The format of the day
 * itself (YYYY-MM-DD) is the schema's.
 */
import type { Model } from '../model/types.ts';
import { error, type Problem } from '../problems.ts';

/** The rule id of every problem with a runbook's sharing record. */
const SHARED_RULE = 'records/shared';

/** Problems with the `shared_since` days of every runbook, judged against `today`. */
export function checkRunbookSharing(model: Model, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const { data, file } of model.runbooks) {
    const sharedWith = data.shared_with.length ? data.shared_with.join(', ') : 'nobody';
    for (const [client, date] of Object.entries(data.shared_since)) {
      const path = ['shared_since', client];
      if (!model.clientsById.has(client)) {
        problems.push(
          error(SHARED_RULE, file, path, 'the runbook records a share with no such client', {
            expected: `a client the runbook is shared with (shared_with: ${sharedWith})`,
            found: `"${client}"`,
          }),
        );
      } else if (!data.shared_with.includes(client)) {
        problems.push(
          error(SHARED_RULE, file, path, 'the runbook is not shared with this client', {
            expected: `${client} added to shared_with, or this day removed (shared_with: ${sharedWith})`,
            found: `a share dated ${date}`,
          }),
        );
      }
      if (date > today) {
        problems.push(
          error(SHARED_RULE, file, path, 'the runbook cannot have been shared in the future', {
            expected: `a day up to ${today}`,
            found: date,
          }),
        );
      }
    }
  }
  return problems;
}
