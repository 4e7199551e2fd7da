/**
 * What a report page renders, whichever side it comes from: a draft's live view of the
 * model, or a published report's snapshot (see `src/lib/records/frozen-report.ts`).
 */
import type { Report } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';
import { partyName, staffName } from '../model/lookups.ts';
import { providerContact, type ProviderContact } from '../escalation.ts';
import { reportView, type ReportView } from './view.ts';

/** The report page's data; names are looked up in maps so a frozen page needs no model. */
export type ReportPageData = Omit<ReportView, 'report' | 'client' | 'previous'> & {
  /** Whether this renders from a snapshot (published) or the live model (draft). */
  frozen: boolean;
  previousPeriod?: string;
  clientName: string;
  providerName: string;
  timezone: string;
  staff: Record<string, string>;
  parties: Record<string, string>;
  /** How to reach the provider, as printed at the foot of the report. */
  contact: ProviderContact;
};

/** A draft's page data, read from the live model; `today` judges open deadlines. */
export function livePageData(model: Model, report: Entry<Report>, today: string): ReportPageData {
  const { report: _r, client, previous, ...view } = reportView(model, report, today);
  const ids = [
    report.data.prepared_by,
    report.data.reviewed_by,
    ...report.data.corrections.map((c) => c.by),
  ].filter((id): id is string => Boolean(id));
  return {
    ...view,
    frozen: false,
    ...(previous ? { previousPeriod: previous.data.period } : {}),
    clientName: client.data.name,
    providerName: model.provider.data.name,
    timezone: client.data.timezone,
    staff: Object.fromEntries(ids.map((id) => [id, staffName(model, id)])),
    parties: Object.fromEntries(
      report.data.recommendations.map((r) => [r.owner, partyName(model, r.owner)]),
    ),
    contact: providerContact(model),
  };
}
