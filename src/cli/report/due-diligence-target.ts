/** The print target for a client's one-page due-diligence summary. */
import { dayLabel } from '../../lib/dates.ts';
import { hasKit } from '../../lib/due-diligence/view.ts';
import type { Model } from '../../lib/model/types.ts';
import { CommandError } from './common.ts';
import type { PdfTarget } from './print.ts';
import { urls } from '../../lib/urls.ts';

/** The summary page of `clientId`, dated `today` (the day its statuses are computed for). */
export function dueDiligenceTarget(model: Model, clientId: string, today: string): PdfTarget {
  if (!hasKit(model)) {
    throw new CommandError(
      'the content has no due-diligence kit (provider/due-diligence/*.yaml): nothing to print',
    );
  }
  const client = model.clientsById.get(clientId)!;
  const provider = model.provider.data.name;
  return {
    path: urls.dueDiligenceSummary(clientId),
    fileName: `${clientId}-due-diligence-${today}.pdf`,
    header: [client.data.name, `Vendor due diligence: ${provider}`],
    footer: `${provider} · statuses as of ${dayLabel(today)}`,
    date: today,
  };
}
