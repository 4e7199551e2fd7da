/**
 * The targets a client's reports are scored against: what each subscribed service
 * commits to in the catalog, replaced by the client's contract where it says so.
 */
import type { Client, KpiId } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';

/** A KPI target that applies to a client, and where it came from. */
export interface ClientTarget {
  kpi: KpiId;
  target: number;
  amber?: number;
  source: 'catalog' | 'contract';
  /** The service whose commitment it is. */
  service: string;
}

/** KPI id → the target that applies to `client`. */
export function targetsFor(model: Model, client: Entry<Client>): Map<KpiId, ClientTarget> {
  const targets = new Map<KpiId, ClientTarget>();
  for (const sub of client.data.services) {
    const service = model.servicesById.get(sub.service);
    for (const t of service?.data.kpis ?? []) {
      targets.set(t.kpi, {
        kpi: t.kpi,
        target: t.target,
        ...(t.amber !== undefined ? { amber: t.amber } : {}),
        source: 'catalog',
        service: sub.service,
      });
    }
  }
  for (const sub of client.data.services) {
    for (const t of sub.targets) {
      targets.set(t.kpi, {
        kpi: t.kpi,
        target: t.target,
        ...(t.amber !== undefined ? { amber: t.amber } : {}),
        source: 'contract',
        service: sub.service,
      });
    }
  }
  return targets;
}
