/**
 * Words and badge tones for domain values, so every page says the same thing about the
 * same state and colour is never chosen in a template.
 */
import type { Client, Party, Policy, Tier } from '../schemas/index.ts';
import { policyAudience } from './audience/audience.ts';
import { dayLabel } from './dates.ts';
import { plural } from './format.ts';
import type { KitStatus } from './due-diligence/status.ts';
import type { ExceptionState } from './evidence/exceptions.ts';
import type { DueState } from './lifecycle.ts';
import type { Entry } from './model/types.ts';
import type { Status } from './reports/score.ts';

/** A badge colour class; empty for no colour. */
export type Tone = 'green' | 'amber' | 'red' | '';

/** How each industry a client may be in is written on its pages. */
export const INDUSTRY_LABELS: Record<Client['industry'], string> = {
  'community-bank': 'Community bank',
  'credit-union': 'Credit union',
  healthcare: 'Healthcare',
  'wealth-management': 'Wealth management',
  insurance: 'Insurance',
};

/** A policy's status badge: green when approved, amber while a draft, plain once retired. */
export function policyStatusTone(status: Policy['status']): Tone {
  return status === 'approved' ? 'green' : status === 'draft' ? 'amber' : '';
}

/** Badge colour for a due state: overdue and never-done are red, due soon amber. */
export const DUE_TONES: Record<DueState, Tone> = {
  ok: 'green',
  'due-soon': 'amber',
  overdue: 'red',
  never: 'red',
};

/** Badge colour for a report status; a KPI with no target gets no colour. */
export function reportStatusTone(status: Status): Tone {
  return status === 'none' ? '' : status;
}

/** Who may read `policy`, for the staff list: everyone, staff, or the named clients. */
export function policyReaders(policy: Entry<Policy>, clientName: (id: string) => string): string {
  const audience = policyAudience(policy);
  if (audience.kind === 'all') return 'All clients';
  if (audience.kind === 'staff')
    return policy.data.status === 'draft' ? 'Staff (draft)' : 'Staff only';
  return audience.ids.map(clientName).join(', ');
}

/** The heading over a party's work on a client's matrix-by-party page. */
export function partyHeading(kind: Party['kind'], name: string): string {
  if (kind === 'client-team') return 'What your team does';
  return kind === 'provider' ? `What ${name} does` : `What ${name.toLowerCase()} does`;
}

/** A response time in words: whole hours from 60 minutes up, else minutes. */
export function responseLabel(minutes: number): string {
  return minutes >= 60 ? `${minutes / 60} h` : `${minutes} min`;
}

/** A tier's target for one severity as "response / resolution", or a dash when it has none. */
export function tierTargetLabel(tier: Tier, severity: string): string {
  const target = tier.targets.find((t) => t.severity === severity);
  if (!target) return '—';
  const response = responseLabel(target.response_minutes);
  return target.resolution_hours ? `${response} / ${target.resolution_hours} h` : response;
}

/** The severities, in the order given, that at least one of `tiers` sets a target for. */
export function targetedSeverities<S extends { id: string }>(
  tiers: readonly Tier[],
  severities: readonly S[],
): S[] {
  return severities.filter((s) => tiers.some((t) => t.targets.some((x) => x.severity === s.id)));
}

/** Badge colour for a due-diligence kit item's status. */
export const KIT_STATUS_TONES: Record<KitStatus, Tone> = {
  current: 'green',
  expiring: 'amber',
  expired: 'red',
};

/** When a kit item lapses, in words: expired on a day, or current until a day with days left. */
export function kitExpiryNote(expires: string, daysLeft: number): string {
  return daysLeft < 0
    ? `Expired ${dayLabel(expires)}`
    : `Current until ${dayLabel(expires)} (${plural(daysLeft, 'day')})`;
}

/** Badge colour for an accepted risk's state: red once expired, amber while expiring. */
export const EXCEPTION_STATE_TONES: Record<ExceptionState, Tone> = {
  'in-force': 'green',
  expiring: 'amber',
  expired: 'red',
  'not-yet': '',
};
