/**
 * Reading an incident's facts for the obligations table: each helper answers yes, no or
 * "unknown" (a fact not recorded), so a rule never guesses a missing fact.
 */
import type { Incident } from '../../schemas/index.ts';
import type { Applicability } from './types.ts';

/** Hours of actual disruption from which the bank service-provider rule applies. */
export const DISRUPTION_HOURS = 4;

export const yes = (because: string): Applicability => ({ applies: true, because });
export const no = (because: string): Applicability => ({ applies: false, because });
export const unknown = (because: string): Applicability => ({ applies: 'unknown', because });

/** Combines conditions: any "no" wins, then any "unknown"; otherwise all the reasons. */
export function all(...parts: Applicability[]): Applicability {
  const refused = parts.find((p) => p.applies === false);
  if (refused) return refused;
  const open = parts.filter((p) => p.applies === 'unknown');
  if (open.length) return unknown(open.map((p) => p.because).join('; '));
  return yes(parts.map((p) => p.because).join('; '));
}

/** The institution judged the incident reportable (a notification incident, a breach…). */
export function judgedReportable(incident: Incident, what: string): Applicability {
  return incident.reportable
    ? yes(`the client determined it was ${what}`)
    : no(`the client did not determine it was ${what}`);
}

/** Data of `kind` was involved. */
export function involves(incident: Incident, kind: string, words: string): Applicability {
  if (!incident.data_kinds) return unknown('the kinds of data involved are not recorded');
  return incident.data_kinds.includes(kind as never)
    ? yes(`${words} was involved`)
    : no(`no ${words} was involved`);
}

/** Data was taken (acquired), not only seen. */
export function acquired(incident: Incident): Applicability {
  if (!incident.data_exposure) return unknown('whether data was acquired is not recorded');
  return incident.data_exposure === 'acquired'
    ? yes('data was acquired without authorisation')
    : no(
        `data was ${incident.data_exposure === 'accessed' ? 'only accessed, not acquired' : 'not touched'}`,
      );
}

/** Data was accessed or acquired. */
export function accessed(incident: Incident): Applicability {
  if (!incident.data_exposure) return unknown('whether data was accessed is not recorded');
  return incident.data_exposure === 'none'
    ? no('no data was accessed or acquired')
    : yes(`data was ${incident.data_exposure} without authorisation`);
}

/** The data was unencrypted (or its key was taken too). */
export function unencrypted(incident: Incident): Applicability {
  if (incident.data_encrypted === undefined)
    return unknown('whether the data was encrypted is not recorded');
  return incident.data_encrypted ? no('the data was encrypted') : yes('the data was not encrypted');
}

/** At least `min` people were affected. */
export function atLeast(incident: Incident, min: number): Applicability {
  const n = incident.people_affected;
  if (n === undefined) return unknown('the number of people affected is not recorded');
  return n >= min
    ? yes(`${n} people affected (${min} or more)`)
    : no(`${n} people affected (fewer than ${min})`);
}

/** Fewer than `max` people (but at least one) were affected. */
export function fewerThan(incident: Incident, max: number): Applicability {
  const n = incident.people_affected;
  if (n === undefined) return unknown('the number of people affected is not recorded');
  if (n === 0) return no('nobody was affected');
  return n < max
    ? yes(`${n} people affected (fewer than ${max})`)
    : no(`${n} people affected (${max} or more)`);
}

/** More than `min` residents of a single state were affected. */
export function moreThanInOneState(incident: Incident, min: number): Applicability {
  const byState = incident.people_by_state;
  if (!byState) {
    if (incident.people_affected !== undefined && incident.people_affected <= min) {
      return no(
        `${incident.people_affected} people affected in all (not more than ${min} in any state)`,
      );
    }
    return unknown('the number affected by state is not recorded');
  }
  const over = Object.entries(byState)
    .filter(([, n]) => n > min)
    .map(([state, n]) => `${n} residents of ${state}`);
  return over.length
    ? yes(`${over.join(' and ')} (more than ${min} in one state)`)
    : no(`no state had more than ${min} residents affected`);
}

/** Disruption lasted, or was reasonably likely to last, four hours or more; not maintenance. */
export function disruptedFourHours(incident: Incident): Applicability {
  if (incident.planned_maintenance)
    return no('scheduled maintenance announced beforehand is excluded');
  if (incident.disruption_hours >= DISRUPTION_HOURS) {
    return yes(
      `covered services were disrupted for ${incident.disruption_hours} hours (4 or more)`,
    );
  }
  if (incident.disruption_likely_4h === true) {
    return yes('disruption of covered services was reasonably likely to last 4 hours or more');
  }
  if (incident.disruption_likely_4h === false) {
    return no(`disrupted ${incident.disruption_hours} hours and not likely to reach 4`);
  }
  return unknown(
    `disrupted ${incident.disruption_hours} hours; whether 4 hours or more was likely is not recorded`,
  );
}

/** The incident may be suspicious activity. */
export function suspicious(incident: Incident): Applicability {
  if (incident.suspicious_activity === undefined) {
    return unknown('whether the facts may be suspicious activity is not recorded');
  }
  return incident.suspicious_activity
    ? yes('the facts may be suspicious activity')
    : no('the facts were judged not to be suspicious activity');
}
