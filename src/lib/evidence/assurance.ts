/**
 * What a client's institution has signed: dated evidence records, accepted risks and
 * control decisions. Read from `content/clients/<id>/` by `assurance-read.ts`.
 */
import type {
  BoardReportData,
  ControlDecision,
  EvidenceRecordData,
  RiskException,
} from '../../schemas/index.ts';
import { anchors, at, urls } from '../urls.ts';

/** One evidence record with where it was read from. */
export interface EvidenceRecord {
  /** `<yyyy>/<slug>`, unique within the client. */
  id: string;
  client: string;
  /** Relative to the content root. */
  file: string;
  data: EvidenceRecordData;
  /** Body of an `.mdx` record; empty for YAML. */
  body: string;
  /** Attachment path relative to the content root, when there is one. */
  attachmentFile?: string;
}

/** An accepted risk with its file and index, for error locations. */
export interface ExceptionEntry {
  file: string;
  index: number;
  data: RiskException;
}

/** A control decision with its file and index. */
export interface DecisionEntry {
  file: string;
  index: number;
  data: ControlDecision;
}

/** An annual report to the board as authored, with its file. */
export interface BoardEntry {
  file: string;
  /** The year in the file name. */
  year: string;
  data: BoardReportData;
}

/** Everything one client has signed. */
export interface ClientAssurance {
  records: EvidenceRecord[];
  exceptions: ExceptionEntry[];
  decisions: DecisionEntry[];
  /** Annual reports to the board, oldest first. */
  boards: BoardEntry[];
}

/** Client id → what it signed. */
export type Assurance = Map<string, ClientAssurance>;

/** A client with nothing signed. */
export const NO_ASSURANCE: ClientAssurance = {
  records: [],
  exceptions: [],
  decisions: [],
  boards: [],
};

/** What `client` has signed, or nothing. */
export function assuranceOf(assurance: Assurance | undefined, client: string): ClientAssurance {
  return assurance?.get(client) ?? NO_ASSURANCE;
}

/** The URL of a record's attachment in the portal. */
export function attachmentUrl(record: EvidenceRecord): string | undefined {
  const file = record.data.attachment?.file;
  return file ? urls.evidenceFile(record.client, record.id.split('/')[0]!, file) : undefined;
}

/** The URL of the client's evidence records page, with the record's anchor. */
export function recordUrl(record: EvidenceRecord): string {
  return at(urls.evidenceRecords(record.client), anchors.record(record.id));
}
