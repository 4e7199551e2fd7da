/**
 * The targets a client's reports are scored against: what each subscribed service
 * commits to in the catalog, replaced by what the client's tier of it promises, replaced
 * in turn by the client's contract where it says so. Each target says where it came from
 * in words a reader (and a frozen snapshot) can keep.
 */
import type { Client, KpiId, KpiTarget } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';

/** A KPI target that applies to a client, and where it came from. */
export interface ClientTarget {
  kpi: KpiId;
  target: number;
  amber?: number;
  source: 'catalog' | 'tier' | 'contract';
  /** The service whose commitment it is. */
  service: string;
  /** The tier id, when the target came from the tier. */
  tier?: string;
  /** Where it came from, e.g. "Professional tier of Patch management". */
  sourceLabel: string;
}

/** KPI id → the target that applies to `client`. */
export function targetsFor(model: Model, client: Entry<Client>): Map<KpiId, ClientTarget> {
  const targets = new Map<KpiId, ClientTarget>();
  const put = (t: KpiTarget, rest: Omit<ClientTarget, 'kpi' | 'target' | 'amber'>) =>
    targets.set(t.kpi, {
      kpi: t.kpi,
      target: t.target,
      ...(t.amber !== undefined ? { amber: t.amber } : {}),
      ...rest,
    });
  const layers: Array<'catalog' | 'tier' | 'contract'> = ['catalog', 'tier', 'contract'];
  for (const layer of layers) {
    for (const sub of client.data.services) {
      const service = model.servicesById.get(sub.service);
      const title = service?.data.title ?? sub.service;
      if (layer === 'catalog') {
        for (const t of service?.data.kpis ?? []) {
          put(t, { source: 'catalog', service: sub.service, sourceLabel: `${title} catalog` });
        }
      } else if (layer === 'tier') {
        const tier = service?.data.tiers.find((x) => x.id === sub.tier);
        for (const t of tier?.kpis ?? []) {
          put(t, {
            source: 'tier',
            service: sub.service,
            tier: sub.tier,
            sourceLabel: `${tier!.name} tier of ${title}`,
          });
        }
      } else {
        for (const t of sub.targets) {
          put(t, {
            source: 'contract',
            service: sub.service,
            sourceLabel: `contract ${client.data.contract.reference} for ${title}`,
          });
        }
      }
    }
  }
  return targets;
}
