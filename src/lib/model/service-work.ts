/** The matrix rows a catalog service delivers, and the provider's default role on each. */
import { LETTER_NAMES, parseLetters } from '../matrix/letters.ts';
import type { Party } from '../../schemas/index.ts';
import type { ActivityView, Model } from './types.ts';

/** The template activities whose delivering service is `serviceId`, in template order. */
export function serviceActivities(model: Model, serviceId: string): ActivityView[] {
  return model.activities.filter((a) => a.service === serviceId);
}

/** The provider's own party (the one of kind `provider`), if the provider defines one. */
export function providerPartyOf(model: Model): Party | undefined {
  return model.parties.find((p) => p.kind === 'provider');
}

/** The title of the domain `id`, or the id itself when no domain has it. */
export function domainTitle(model: Model, id: string): string {
  return model.domains.find((d) => d.id === id)?.title ?? id;
}

/** `party`'s template letters on `activity` in words ("Responsible, Accountable"), or a dash. */
export function defaultRoleLabel(activity: ActivityView, party: Party | undefined): string {
  const letters = parseLetters(party ? activity.raci[party.id] : undefined);
  return letters.map((l) => LETTER_NAMES[l]).join(', ') || '—';
}
