/**
 * The shapes of the obligations engine: a rule of the table, and the plain, JSON-ready
 * result of evaluating one rule for one incident (ISO strings and numbers only, so a
 * frozen report snapshot can store it verbatim).
 */
import type { Incident, InstitutionKind, RegulatoryProfile } from '../../schemas/index.ts';

/** The event an obligation's clock runs from. */
export type StartEvent =
  | 'determination'
  | 'reasonable-belief'
  | 'discovery'
  | 'awareness'
  | 'provider-determination'
  | 'provider-awareness'
  | 'detection'
  | 'extortion-payment';

/** How long after the start notice is due. */
export type Deadline =
  | { kind: 'hours'; hours: number }
  | { kind: 'asap' }
  /** Days after the end of the calendar year in which the clock started (HIPAA annual log). */
  | { kind: 'after-year-end'; days: number };

/** Whether a rule applies to one incident, and why. */
export type Applicability =
  | { applies: true; because: string }
  | { applies: false; because: string }
  | { applies: 'unknown'; because: string };

/** What a rule sees: the client's profile (if it has one) and the incident's facts. */
export interface RuleInput {
  profile: RegulatoryProfile;
  incident: Incident;
}

/** One row of the obligations table. */
export interface ObligationRule {
  /** Stable id; also the key of `notices` in an incident. */
  id: string;
  /** Short name for the page, e.g. "Bank to its federal regulator". */
  title: string;
  /** Who gives the notice: the client institution, or the provider on its behalf. */
  notifier: 'client' | 'provider';
  /** Who must be told. */
  notify: (profile?: RegulatoryProfile) => string;
  /** The kinds of institution the rule is about; others get "not applicable". */
  institutions: readonly InstitutionKind[];
  /** When the obligation arises, in words (the threshold). */
  threshold: string;
  startEvent: StartEvent;
  deadline: (profile?: RegulatoryProfile) => Deadline;
  /** Where the rule is written; may depend on which regulator the institution has (all of them without a profile). */
  citation: (profile?: RegulatoryProfile) => string;
  /** Whether the incident's facts meet the threshold (the institution already matched). */
  appliesWhen: (input: RuleInput) => Applicability;
  /** Another incident field that records this notice, read when `notices` has no entry. */
  legacyNotice?: 'client_notified' | 'regulator_notified' | 'sar_decided';
}

/** Where an obligation stands. */
export type ObligationStatus =
  'met' | 'late' | 'pending' | 'overdue' | 'not-recorded' | 'not-applicable' | 'not-determined';

/** One obligation of one incident, evaluated. Plain data only. */
export interface ObligationResult {
  id: string;
  title: string;
  notifier: 'client' | 'provider';
  notify: string;
  citation: string;
  threshold: string;
  status: ObligationStatus;
  /** Why it applies, does not apply, or could not be determined. */
  reason: string;
  /** Not applicable because the rule is for another kind of institution (not because of the facts). */
  outOfScope?: boolean;
  startEvent: StartEvent;
  /** The start event in words, e.g. "discovery". */
  startLabel: string;
  /** ISO instant the clock started, when it applies. */
  start?: string;
  /** The incident field the start came from, and a note when it fell back to another. */
  startField?: string;
  startNote?: string;
  /** The deadline in words, e.g. "36 hours" or "as soon as possible". */
  deadlineText: string;
  /** ISO instant of the deadline; absent for "as soon as possible". */
  deadline?: string;
  /** ISO instant notice was recorded, and the field it came from. */
  noticeAt?: string;
  noticeField?: string;
  /** Minutes from start to notice (met, late, not-recorded never). */
  tookMinutes?: number;
  /** Minutes after the deadline notice came (late) or the deadline has been passed (overdue). */
  lateByMinutes?: number;
  /** Minutes until the deadline (pending). */
  timeLeftMinutes?: number;
}

/** Every obligation of one incident, with the table version and the instant it was judged at. */
export interface IncidentObligations {
  incidentId: string;
  rulesVersion: string;
  /** ISO instant pending obligations were judged at (the build's "today"). */
  evaluatedAt: string;
  /** Whether the client had a regulatory profile; without one nothing can be determined. */
  profile: boolean;
  obligations: ObligationResult[];
}
