/** Where an accepted risk stands on a day: in force, expiring soon, expired or not yet accepted. */
import type { RiskException } from '../../schemas/index.ts';
import { daysBetween } from '../dates.ts';
import type { ExceptionEntry } from './assurance.ts';

/** An exception is "expiring" this many days or fewer before it lapses. */
export const EXPIRING_DAYS = 30;

export type ExceptionState = 'in-force' | 'expiring' | 'expired' | 'not-yet';

/** The state of `exception` on `today`; an expired one no longer counts in a binder. */
export function exceptionState(exception: RiskException, today: string): ExceptionState {
  if (exception.accepted_by.date > today) return 'not-yet';
  if (exception.expires < today) return 'expired';
  return daysBetween(today, exception.expires) <= EXPIRING_DAYS ? 'expiring' : 'in-force';
}

/** Whether `exception` counts on `today` (accepted, not yet expired). */
export function exceptionCounts(exception: RiskException, today: string): boolean {
  const state = exceptionState(exception, today);
  return state === 'in-force' || state === 'expiring';
}

/** Words for a state. */
export const EXCEPTION_STATE_LABEL: Record<ExceptionState, string> = {
  'in-force': 'In force',
  expiring: 'Expiring soon',
  expired: 'Expired',
  'not-yet': 'Not yet accepted',
};

/** The exceptions of a client that cover `ref`. */
export function exceptionsFor(
  exceptions: readonly ExceptionEntry[],
  ref: string,
): ExceptionEntry[] {
  return exceptions.filter((e) => e.data.controls.includes(ref));
}

/** Exceptions that need attention on `today`: expired or expiring, soonest first. */
export function exceptionsNeedingAttention(
  exceptions: readonly ExceptionEntry[],
  today: string,
): Array<ExceptionEntry & { state: ExceptionState }> {
  return exceptions
    .map((e) => ({ ...e, state: exceptionState(e.data, today) }))
    .filter((e) => e.state === 'expired' || e.state === 'expiring')
    .sort((a, b) => a.data.expires.localeCompare(b.data.expires));
}
