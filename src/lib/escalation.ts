/**
 * The provider's escalation ladder as sentences: each rung's trigger and response time are
 * written by content authors as free text, so the punctuation around them is decided here
 * once rather than in every template (no ".;", no "within Within").
 */
import type { Model } from './model/types.ts';
import { staffName } from './model/lookups.ts';

/** One rung, ready to print. */
export interface LadderRung {
  level: number;
  title: string;
  /** The person at this rung. */
  person: string;
  /** When an issue reaches this rung, as one sentence ending with a full stop. */
  when: string;
  /** How fast this rung answers, as one sentence ending with a full stop. */
  response: string;
}

/** `text` as a sentence: trimmed, first letter capitalised, one full stop at the end. */
export function asSentence(text: string): string {
  const trimmed = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.;,:\s]+$/, '');
  if (!trimmed) return '';
  return `${trimmed[0]!.toUpperCase()}${trimmed.slice(1)}.`;
}

/** The ladder of `model`'s provider, lowest rung first. */
export function escalationLadder(model: Model): LadderRung[] {
  return [...model.provider.data.escalation]
    .sort((a, b) => a.level - b.level)
    .map((step) => ({
      level: step.level,
      title: step.title,
      person: staffName(model, step.who),
      when: asSentence(step.when),
      response: asSentence(step.response),
    }));
}

/** How to reach the provider as a printed page shows it: contact points, then the ladder. */
export interface ProviderContact {
  provider: string;
  points: Array<{ label: string; phone?: string; email?: string; hours: string }>;
  ladder: LadderRung[];
}

/** The provider's contact block of `model`, plain data (a report snapshot freezes it). */
export function providerContact(model: Model): ProviderContact {
  const { name, contact_points } = model.provider.data;
  return {
    provider: name,
    points: contact_points.map((p) => ({
      label: p.label,
      ...(p.phone ? { phone: p.phone } : {}),
      ...(p.email ? { email: p.email } : {}),
      hours: p.hours,
    })),
    ladder: escalationLadder(model),
  };
}
