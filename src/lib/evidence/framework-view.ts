/** What the framework pages show for each framework: its clients' binders and its controls by group. */
import type { ControlMapping } from '../model/mappings.ts';
import { clientsUnder } from '../model/lookups.ts';
import type { FrameworkEntry, Model } from '../model/types.ts';
import type { Assurance } from './assurance.ts';
import { binderFor, clientBinders, clientEvidence } from './binder.ts';
import type { Binder, ControlEvidence } from './types.ts';

/** Every client's binders, one per framework each is held to, in client order. */
export function allBinders(
  model: Model,
  today: string,
  mappings?: Map<string, ControlMapping>,
  assurance?: Assurance,
): Binder[] {
  return model.clients.flatMap((client) =>
    clientBinders(model, client, today, mappings, assurance),
  );
}

/** The binders in `binders` that are for the framework `framework`. */
export function bindersOf(binders: readonly Binder[], framework: string): Binder[] {
  return binders.filter((b) => b.framework.id === framework);
}

/** The binder for `framework` of every client held to it, in client order. */
export function frameworkBinders(
  model: Model,
  framework: FrameworkEntry,
  today: string,
  mappings?: Map<string, ControlMapping>,
  assurance?: Assurance,
): Binder[] {
  return clientsUnder(model, framework.id).map((client) =>
    binderFor(clientEvidence(model, client, today, mappings, assurance), framework),
  );
}

/** The controls of `framework` in the group `group`, in the framework's order. */
export function controlsInGroup(
  framework: FrameworkEntry,
  group: string,
): FrameworkEntry['data']['controls'] {
  return framework.data.controls.filter((c) => c.group === group);
}

/** Each binder with its row for the control `ref` (`<framework>:<control>`). */
export function controlRowsByBinder(
  binders: readonly Binder[],
  ref: string,
): { binder: Binder; row: ControlEvidence }[] {
  return binders.flatMap((binder) => {
    const row = binder.rows.find((r) => r.control.ref === ref);
    return row ? [{ binder, row }] : [];
  });
}
