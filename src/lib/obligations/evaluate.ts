/**
 * Evaluates the obligations table for one incident: which obligations apply, when each
 * clock started, its deadline, the notice recorded and its status. Output is plain data.
 */
import type { Incident, RegulatoryProfile } from '../../schemas/index.ts';
import { OBLIGATION_RULES, OBLIGATION_RULES_VERSION } from './table.ts';
import type {
  Deadline,
  IncidentObligations,
  ObligationResult,
  ObligationRule,
  StartEvent,
} from './types.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** The start events in words, for the page. */
export const START_EVENT_LABELS: Record<StartEvent, string> = {
  determination: 'the client’s determination',
  'reasonable-belief': 'the client’s reasonable belief',
  discovery: 'discovery (known to anyone at the client or acting for it)',
  awareness: 'the client becoming aware',
  'provider-determination': 'the provider’s determination',
  'provider-awareness': 'the provider becoming aware',
  detection: 'detection',
  'extortion-payment': 'the extortion payment',
};

interface Start {
  at: string;
  field: string;
  note?: string;
}

function earliest(...candidates: Array<[string | undefined, string]>): Start | undefined {
  let best: Start | undefined;
  for (const [at, field] of candidates) {
    if (at && (!best || Date.parse(at) < Date.parse(best.at))) best = { at, field };
  }
  return best;
}

/** When the clock of `event` started for `incident`, and which field said so. */
export function startOf(event: StartEvent, incident: Incident): Start | undefined {
  const fallback = (field: 'determined_reportable' | 'provider_determined'): Start => {
    const at = incident[field];
    return at
      ? { at, field }
      : {
          at: incident.detected,
          field: 'detected',
          note: `no ${field.replace('_', ' ')} recorded; counted from detection`,
        };
  };
  switch (event) {
    case 'determination':
    case 'reasonable-belief':
      return fallback('determined_reportable');
    case 'provider-determination':
      return fallback('provider_determined');
    case 'discovery':
      return earliest([incident.discovered, 'discovered'], [incident.detected, 'detected']);
    case 'awareness':
      return earliest(
        [incident.discovered, 'discovered'],
        incident.client_notified
          ? [incident.client_notified, 'client_notified']
          : [incident.detected, 'detected'],
      );
    case 'provider-awareness':
    case 'detection':
      return { at: incident.detected, field: 'detected' };
    case 'extortion-payment':
      return incident.extortion_paid
        ? { at: incident.extortion_paid, field: 'extortion_paid' }
        : undefined;
  }
}

/** The deadline instant for `deadline` started at `start`, or undefined for "as soon as possible". */
export function deadlineFrom(deadline: Deadline, start: string): string | undefined {
  const t = Date.parse(start);
  switch (deadline.kind) {
    case 'asap':
      return undefined;
    case 'hours':
      return new Date(t + deadline.hours * HOUR_MS).toISOString();
    case 'after-year-end': {
      const nextYear = Date.UTC(new Date(t).getUTCFullYear() + 1, 0, 1);
      return new Date(nextYear + deadline.days * 24 * HOUR_MS).toISOString();
    }
  }
}

/** The deadline in words. */
export function deadlineText(deadline: Deadline): string {
  switch (deadline.kind) {
    case 'asap':
      return 'as soon as possible';
    case 'hours':
      return deadline.hours % 24 === 0 && deadline.hours >= 24 * 7
        ? `${deadline.hours / 24} days`
        : `${deadline.hours} hours`;
    case 'after-year-end':
      return `${deadline.days} days after the calendar year ends`;
  }
}

const minutes = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / MINUTE_MS);

/** Lateness rounds up: a notice any part of a minute late is at least a minute late, never "0 late". */
const lateMinutes = (due: string, at: string) =>
  Math.ceil((Date.parse(at) - Date.parse(due)) / MINUTE_MS);

function noticeOf(
  rule: ObligationRule,
  incident: Incident,
): { at: string; field: string } | undefined {
  const recorded = incident.notices[rule.id];
  if (recorded) return { at: recorded, field: `notices.${rule.id}` };
  const legacy = rule.legacyNotice ? incident[rule.legacyNotice] : undefined;
  return legacy && rule.legacyNotice ? { at: legacy, field: rule.legacyNotice } : undefined;
}

/** Evaluates one rule for one incident, judged at `now` (ISO instant). */
export function evaluateRule(
  rule: ObligationRule,
  profile: RegulatoryProfile | undefined,
  incident: Incident,
  now: string,
): ObligationResult {
  const base = {
    id: rule.id,
    title: rule.title,
    notifier: rule.notifier,
    threshold: rule.threshold,
    startEvent: rule.startEvent,
    startLabel: START_EVENT_LABELS[rule.startEvent],
  };
  if (!profile) {
    return {
      ...base,
      notify: rule.notify(),
      citation: rule.citation(),
      deadlineText: deadlineText(rule.deadline()),
      status: 'not-determined',
      reason: 'the client has no regulatory profile',
    };
  }
  const deadline = rule.deadline(profile);
  const common = {
    ...base,
    notify: rule.notify(profile),
    citation: rule.citation(profile),
    deadlineText: deadlineText(deadline),
  };
  if (!rule.institutions.includes(profile.institution)) {
    return {
      ...common,
      status: 'not-applicable',
      outOfScope: true,
      reason: `the rule does not cover a ${profile.institution.replace(/-/g, ' ')}`,
    };
  }
  const applicability = rule.appliesWhen({ profile, incident });
  if (applicability.applies === false) {
    return { ...common, status: 'not-applicable', reason: applicability.because };
  }
  if (applicability.applies === 'unknown') {
    return { ...common, status: 'not-determined', reason: applicability.because };
  }
  const start = startOf(rule.startEvent, incident);
  if (!start) {
    return {
      ...common,
      status: 'not-determined',
      reason: `${applicability.because}; the start time is not recorded`,
    };
  }
  const due = deadlineFrom(deadline, start.at);
  const notice = noticeOf(rule, incident);
  const result: ObligationResult = {
    ...common,
    status: 'met',
    reason: applicability.because,
    start: start.at,
    startField: start.field,
    ...(start.note ? { startNote: start.note } : {}),
    ...(due ? { deadline: due } : {}),
  };
  if (notice) {
    result.noticeAt = notice.at;
    result.noticeField = notice.field;
    result.tookMinutes = minutes(start.at, notice.at);
    if (due && Date.parse(notice.at) > Date.parse(due)) {
      result.status = 'late';
      result.lateByMinutes = lateMinutes(due, notice.at);
    }
    return result;
  }
  if (!due) return { ...result, status: 'not-recorded' };
  if (Date.parse(now) <= Date.parse(due)) {
    return { ...result, status: 'pending', timeLeftMinutes: minutes(now, due) };
  }
  return { ...result, status: 'overdue', lateByMinutes: lateMinutes(due, now) };
}

/** Every obligation of `incident` for a client with `profile`, judged at `now` (ISO instant). */
export function evaluateObligations(
  profile: RegulatoryProfile | undefined,
  incident: Incident,
  now: string,
): IncidentObligations {
  return {
    incidentId: incident.id,
    rulesVersion: OBLIGATION_RULES_VERSION,
    evaluatedAt: new Date(Date.parse(now)).toISOString(),
    profile: profile !== undefined,
    obligations: OBLIGATION_RULES.map((rule) => evaluateRule(rule, profile, incident, now)),
  };
}
