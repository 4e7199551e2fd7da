/**
 * Whether a kit item is current, expiring within 60 days, or expired, from its dates and
 * the build's today. An item past its expiry is never current.
 */
import type { DueDiligenceItem } from '../../schemas/index.ts';
import { addMonths, daysBetween } from '../dates.ts';

export type KitStatus = 'current' | 'expiring' | 'expired';

/** Days before expiry when an item counts as expiring. */
export const EXPIRING_WINDOW_DAYS = 60;

/** How long an item without an explicit expiry stays current after its own date. */
export const DEFAULT_VALIDITY_MONTHS = 12;

/** The date an item speaks from, and the field that holds it (for error locations). */
export function anchorOf(item: DueDiligenceItem): { date: string; path: string[] } {
  switch (item.kind) {
    case 'soc-report':
      return { date: item.period.end, path: ['period', 'end'] };
    case 'insurance':
      return { date: item.effective, path: ['effective'] };
    case 'continuity-test':
    case 'penetration-test':
      return { date: item.date, path: ['date'] };
    case 'subprocessors':
      return { date: item.reviewed, path: ['reviewed'] };
    case 'policy-reference':
      return { date: item.last_reviewed, path: ['last_reviewed'] };
    case 'financial-statements':
      return { date: item.fiscal_year_end, path: ['fiscal_year_end'] };
    case 'notice-terms':
      return { date: item.effective, path: ['effective'] };
  }
}

/** The last day the item is current: `expires`, else 12 months after its own date. */
export function expiryOf(item: DueDiligenceItem): string {
  return item.expires ?? addMonths(anchorOf(item).date, DEFAULT_VALIDITY_MONTHS);
}

/** The field an item's expiry comes from. */
export function expiryPath(item: DueDiligenceItem): string[] {
  return item.expires ? ['expires'] : anchorOf(item).path;
}

/** Status of an item that expires on `expires`, seen on `today`, and the days left. */
export function statusOn(expires: string, today: string): { status: KitStatus; daysLeft: number } {
  const daysLeft = daysBetween(today, expires);
  if (daysLeft < 0) return { status: 'expired', daysLeft };
  if (daysLeft <= EXPIRING_WINDOW_DAYS) return { status: 'expiring', daysLeft };
  return { status: 'current', daysLeft };
}

/** Words for a status, as the pages show it. */
export function statusLabel(status: KitStatus): string {
  return { current: 'Current', expiring: 'Expiring within 60 days', expired: 'Expired' }[status];
}
