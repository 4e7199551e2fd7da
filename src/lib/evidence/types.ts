/** The shapes of a client's evidence binder. */
import type { Client, KpiId, Policy, Report, Runbook, Service } from '../../schemas/index.ts';
import type { Due } from '../lifecycle.ts';
import type { DecisionEntry, EvidenceRecord, ExceptionEntry } from './assurance.ts';
import type { ExceptionState } from './exceptions.ts';
import type { MatrixGap, MatrixRow } from '../matrix/types.ts';
import type { ControlView, Entry, FrameworkEntry } from '../model/types.ts';

/** How well a control is evidenced for one client; the rules are in `status.ts`. */
export type EvidenceStatus = 'operating' | 'designed' | 'gap' | 'not-applicable' | 'exception';

/** Something a reader should look at on a control (not what decides its status). */
export interface StatusReason {
  kind:
    | 'policy-review'
    | 'runbook-test'
    | 'no-recent-report'
    | 'matrix-gap'
    | 'only-assigned'
    | 'stale-evidence'
    | 'expired-exception';
  text: string;
}

/** A dated evidence record for the control, current or out of its cycle. */
export interface RecordEvidence {
  record: EvidenceRecord;
  /** Approved and within its kind's cycle on the binder's day. */
  current: boolean;
  /** The last day it keeps the control Operating. */
  through: string;
}

/** An exception covering the control, with its state on the binder's day. */
export interface ExceptionEvidence {
  exception: ExceptionEntry;
  state: ExceptionState;
}

/** A policy that applies to the client and addresses the control. */
export interface PolicyEvidence {
  policy: Entry<Policy>;
  /** Next review state; undefined for a policy not held to a review date (a draft). */
  review: Due | undefined;
}

/** A service the client subscribes to that supports the control. */
export interface ServiceEvidence {
  service: Entry<Service>;
  tier: string;
  /** KPIs the service commits to for this client (catalog and contract). */
  kpis: KpiId[];
}

/** A row of the client's effective matrix that supports the control. */
export interface ActivityEvidence {
  row: MatrixRow;
  /** "Party name (Person)" for each Responsible party. */
  responsible: Array<{ party: string; partyName: string; person?: string }>;
  /** Gaps the client's matrix reports on this row. */
  gaps: MatrixGap[];
}

/** A published report of the last 12 months whose KPIs speak to the control. */
export interface ReportEvidence {
  report: Entry<Report>;
  /** The KPIs of the report that speak to the control, with a value that month. */
  kpis: KpiId[];
}

/** A runbook for the control with its test state. */
export interface RunbookEvidence {
  runbook: Entry<Runbook>;
  test: Due;
}

/** Everything that evidences one control for one client. */
export interface ControlEvidence {
  control: ControlView;
  status: EvidenceStatus;
  /** What a reader should look at: stale evidence, overdue reviews, matrix gaps. */
  reasons: StatusReason[];
  /** Dated evidence approved on or before the binder's day, newest period first. */
  records: RecordEvidence[];
  /** Accepted risks covering the control (expired ones included, marked). */
  exceptions: ExceptionEvidence[];
  /** The institution's documented decision on the control, if any. */
  decision: DecisionEntry | undefined;
  /** Client-visible policies: the client's own and the provider's shared ones. */
  policies: PolicyEvidence[];
  services: ServiceEvidence[];
  activities: ActivityEvidence[];
  /** Newest first. */
  reports: ReportEvidence[];
  /** Runbooks the client may read. */
  runbooks: RunbookEvidence[];
  /** Staff-only policies and runbooks: listed for staff, never counted in the status. */
  staffOnly: { policies: PolicyEvidence[]; runbooks: RunbookEvidence[] };
}

/** A section of the framework with its controls' evidence. */
export interface BinderGroup {
  id: string;
  title: string;
  /** "II Managing the program" where the id is a citation, just the title otherwise. */
  label: string;
  rows: ControlEvidence[];
}

/** Counts of controls by status. */
export type StatusTotals = Record<EvidenceStatus, number> & { total: number };

/** One client's binder for one framework. */
export interface Binder {
  client: Entry<Client>;
  framework: FrameworkEntry;
  today: string;
  /** First month (YYYY-MM) of the 12-month report window. */
  reportsFrom: string;
  groups: BinderGroup[];
  /** Every control, in group order: the rows of `groups` one after another. */
  rows: ControlEvidence[];
  totals: StatusTotals;
}
