/** Small lookups pages need again and again. */
import type { Client, Service } from '../../schemas/index.ts';
import type { ControlView, Entry, Model } from './types.ts';

/** The control behind a `<framework>:<control>` reference (validated by the check). */
export function controlOf(model: Model, ref: string): ControlView | undefined {
  return model.controlsByRef.get(ref);
}

/** "HIPAA 164.308(a)(1)" — the short label of a control reference. */
export function controlLabel(model: Model, ref: string): string {
  const [fw, id] = ref.split(':');
  const short = model.frameworksById.get(fw ?? '')?.data.short ?? fw;
  return `${short} ${id}`;
}

/** Framework short names for a list of control references, deduplicated. */
export function frameworksOf(model: Model, refs: readonly string[]): string[] {
  const ids = [...new Set(refs.map((ref) => ref.split(':')[0] ?? ''))];
  return ids.map((id) => model.frameworksById.get(id)?.data.short ?? id).sort();
}

/** Clients that name `framework` among theirs. */
export function clientsUnder(model: Model, framework: string): Entry<Client>[] {
  return model.clients.filter((c) => c.data.frameworks.includes(framework));
}

/** Clients subscribed to `service`, with their tier. */
export function subscribersOf(
  model: Model,
  service: string,
): Array<{ client: Entry<Client>; tier: string }> {
  return model.clients.flatMap((client) => {
    const sub = client.data.services.find((s) => s.service === service);
    return sub ? [{ client, tier: sub.tier }] : [];
  });
}

/** The name of a tier of a service. */
export function tierName(service: Entry<Service> | undefined, tier: string): string {
  return service?.data.tiers.find((t) => t.id === tier)?.name ?? tier;
}

/** The name of a provider staff member, or the id when unknown. */
export function staffName(model: Model, id: string | undefined): string {
  return id ? (model.staff.get(id)?.name ?? id) : '—';
}

/** The name of a party. */
export function partyName(model: Model, id: string): string {
  return model.parties.find((p) => p.id === id)?.name ?? id;
}

/** A safe fragment id for a control, e.g. `c-164-308-a-1` for "164.308(a)(1)". */
export function controlAnchor(id: string): string {
  return `c-${id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}
