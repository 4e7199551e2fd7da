/** The shapes of a resolved, per-client responsibility matrix. */
import type { Approval, ChangeEntry, Party } from '../../schemas/index.ts';
import type { ActivityView, DomainView, Person } from '../model/types.ts';
import type { Letter } from './letters.ts';

/** Where a row's letters came from. */
export type Provenance = 'template' | 'subscription' | 'override';

export interface OverrideInfo {
  reason: string;
  approvedBy: Approval;
  /** Index in the client's `matrix.overrides`, for error locations. */
  index: number;
}

/** The person named for a party on a row, and who covers for them. */
export interface Coverage {
  party: string;
  primary?: Person;
  backup?: Person;
}

export interface MatrixRow {
  activity: ActivityView;
  /** Letters per party id; every party of the provider has a key. */
  cells: Record<string, Letter[]>;
  provenance: Provenance;
  override?: OverrideInfo;
  /** The delivering service and whether the client subscribes to it. */
  service?: { id: string; title: string; subscribed: boolean; tier?: string };
  responsible: string[];
  accountable: string[];
  /** Named people for every Responsible and Accountable party. */
  coverage: Coverage[];
  /** Controls of the client's own frameworks this row supports. */
  clientControls: string[];
}

/** Something the client should know is uncovered. */
export interface MatrixGap {
  activity: string;
  party?: string;
  kind: 'no-responsible' | 'no-primary' | 'no-backup';
  message: string;
}

export interface DomainSection {
  domain: Omit<DomainView, 'activities'>;
  rows: MatrixRow[];
}

export interface EffectiveMatrix {
  client: string;
  version: string;
  effective: string;
  approvedBy: Approval;
  changelog: ChangeEntry[];
  parties: Party[];
  sections: DomainSection[];
  rows: MatrixRow[];
  gaps: MatrixGap[];
}
