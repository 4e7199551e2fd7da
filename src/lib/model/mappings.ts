/**
 * What evidences a control: the services, activities, policies and runbooks that
 * declare it. Every relation is browsable both ways from this one index.
 */
import type { FrameworkEntry, Model } from './types.ts';

export interface ControlMapping {
  services: string[];
  activities: string[];
  policies: string[];
  runbooks: string[];
}

/** Control reference → everything that declares it. */
export function controlMappings(model: Model): Map<string, ControlMapping> {
  const map = new Map<string, ControlMapping>();
  const at = (ref: string) => {
    let entry = map.get(ref);
    if (!entry)
      map.set(ref, (entry = { services: [], activities: [], policies: [], runbooks: [] }));
    return entry;
  };
  for (const s of model.services) for (const ref of s.data.controls) at(ref).services.push(s.id);
  for (const a of model.activities) for (const ref of a.controls) at(ref).activities.push(a.id);
  for (const p of model.policies) for (const ref of p.data.controls) at(ref).policies.push(p.id);
  for (const r of model.runbooks) for (const ref of r.data.controls) at(ref).runbooks.push(r.id);
  return map;
}

/** How many of `framework`'s controls have anything mapped to them. */
export function mappedControlCount(
  framework: FrameworkEntry,
  mappings: ReadonlyMap<string, ControlMapping>,
): number {
  return framework.data.controls.filter((c) => mappings.has(`${framework.id}:${c.id}`)).length;
}
