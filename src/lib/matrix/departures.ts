/** Which clients depart from the matrix template on one activity, and why. */
import type { Client } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';

/** Clients whose letters for an activity differ from the template's defaults. */
export interface Departures {
  /** Clients with an approved override of the activity. */
  overridden: Entry<Client>[];
  /** Clients that do not subscribe to the service delivering it (so the provider's letters drop). */
  unsubscribed: Entry<Client>[];
}

/** The clients departing from the template on `activityId`, delivered by `service` if any. */
export function templateDepartures(
  model: Model,
  activityId: string,
  service: string | undefined,
): Departures {
  const overridden = model.clients.filter((c) =>
    c.data.matrix.overrides.some((o) => o.activity === activityId),
  );
  const unsubscribed = service
    ? model.clients.filter((c) => !c.data.services.some((s) => s.service === service))
    : [];
  return { overridden, unsubscribed };
}
