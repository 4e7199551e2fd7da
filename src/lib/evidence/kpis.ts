/**
 * Which KPIs speak to a control, for one client. A KPI speaks to a control when a
 * service the client subscribes to commits to that KPI (in the catalog or in the client's
 * contract) and the service supports the control. A report speaks to the control when it
 * has a value for at least one such KPI.
 */
import type { Client, KpiId, Metrics } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';
import { kpi } from '../reports/kpis.ts';

/** Service id → the KPIs it commits to for `client`, for every subscribed service. */
export function committedKpis(model: Model, client: Entry<Client>): Map<string, KpiId[]> {
  const map = new Map<string, KpiId[]>();
  for (const sub of client.data.services) {
    const service = model.servicesById.get(sub.service);
    const ids = [...(service?.data.kpis ?? []), ...sub.targets].map((t) => t.kpi);
    map.set(sub.service, [...new Set(ids)]);
  }
  return map;
}

/** Control reference → the KPIs that speak to it for `client`. */
export function kpisByControl(model: Model, client: Entry<Client>): Map<string, KpiId[]> {
  const byControl = new Map<string, Set<KpiId>>();
  for (const [serviceId, kpis] of committedKpis(model, client)) {
    if (kpis.length === 0) continue;
    for (const ref of model.servicesById.get(serviceId)?.data.controls ?? []) {
      const set = byControl.get(ref) ?? new Set<KpiId>();
      for (const id of kpis) set.add(id);
      byControl.set(ref, set);
    }
  }
  return new Map([...byControl].map(([ref, set]) => [ref, [...set]]));
}

/** The KPIs among `kpis` that a month's metrics give a value for. */
export function measured(metrics: Metrics, kpis: readonly KpiId[]): KpiId[] {
  return kpis.filter((id) => kpi(id).compute(metrics) !== undefined);
}
