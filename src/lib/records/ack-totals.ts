/** Totals for the staff dashboard's acknowledgement list. */

/** How many documents wait for acknowledgement across all clients' rows. */
export function waitingTotal(rows: readonly { waiting: readonly unknown[] }[]): number {
  return rows.reduce((n, r) => n + r.waiting.length, 0);
}
