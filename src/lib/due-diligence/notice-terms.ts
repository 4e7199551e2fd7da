/**
 * The incident-notice terms the provider commits to for one client: the kit's terms for
 * the client's kind (with their citations) and the contract notice term of its regulatory
 * profile (`regulatory.contract_notice` in `client.yaml`, the same term the incident
 * obligations are judged by).
 * The one place notice commitments are put together for a client.
 */
import type { Client, NoticeTerm } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';

/** A notice commitment as the client's page shows it. */
export interface NoticeCommitment {
  event: string;
  commitment: string;
  withinHours?: number;
  basis: NoticeTerm['basis'];
  citation?: string;
  /** Where the term is written. */
  source: 'kit' | 'contract';
}

/** The terms that apply to `client`, the contract's own term last. */
export function noticeTermsFor(model: Model, client: Entry<Client>): NoticeCommitment[] {
  const kind = client.data.industry;
  const terms: NoticeCommitment[] = model.dueDiligence.flatMap((item) =>
    item.data.kind === 'notice-terms' && item.data.status !== 'superseded'
      ? item.data.terms
          .filter((t) => t.client_kind === 'all' || t.client_kind === kind)
          .map((t) => ({
            event: t.event,
            commitment: t.commitment,
            basis: t.basis,
            source: 'kit' as const,
            ...(t.within_hours !== undefined ? { withinHours: t.within_hours } : {}),
            ...(t.citation ? { citation: t.citation } : {}),
          }))
      : [],
  );
  const contract = client.data.regulatory?.contract_notice;
  if (contract) {
    terms.push({
      event: `A security incident of ${contract.min_severity} severity or above that affects the services in this contract`,
      commitment: `Notify your designated contacts within ${contract.hours} hours of detecting it (${contract.reference}).`,
      withinHours: contract.hours,
      basis: 'contract',
      source: 'contract',
    });
  }
  return terms;
}

/** What a term rests on, in words, with its citation. */
export function noticeBasis(term: NoticeCommitment): string {
  if (term.basis === 'regulation') return `Required by ${term.citation ?? 'regulation'}`;
  const where =
    term.source === 'contract' ? 'Contract term in your client agreement' : 'Contract term';
  return term.citation ? `${where}; supports ${term.citation}` : where;
}
