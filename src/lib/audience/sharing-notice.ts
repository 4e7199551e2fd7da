/** The staff notice under a runbook saying which clients can read it. */

/** "Shared with A, B." for the named clients, or that the runbook is staff only. */
export function sharingNotice(clientNames: readonly (string | undefined)[]): string {
  return clientNames.length
    ? `Shared with ${clientNames.join(', ')}.`
    : 'Staff only: no client can see this runbook.';
}
