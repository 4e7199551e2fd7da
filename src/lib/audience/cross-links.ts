/**
 * Cross-links between policies and runbooks, split by who can follow them: a link every
 * reader of the page can open, or one only staff can open (rendered in a staff-only block,
 * which assembly strips from client folders).
 */
import type { Policy, Runbook } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';
import { covers, policyAudience, runbookAudience, type Audience } from './audience.ts';

/** Items split by whether every reader of a page can open them. */
export interface ReachSplit<T> {
  /** Readable by everyone the page is for. */
  readable: T[];
  /** Readable only by staff: link to these inside a staff-only block. */
  staffOnly: T[];
}

/** Splits `items` by whether their audience covers every reader of a page for `page`. */
export function splitByReach<T>(
  items: readonly T[],
  audienceOf: (item: T) => Audience,
  page: Audience,
): ReachSplit<T> {
  const readable: T[] = [];
  const staffOnly: T[] = [];
  for (const item of items) (covers(audienceOf(item), page) ? readable : staffOnly).push(item);
  return { readable, staffOnly };
}

/** The runbooks `policy` names, split by whether the policy page's readers may open them. */
export function policyRunbookLinks(
  model: Model,
  policy: Entry<Policy>,
  page: Audience,
): ReachSplit<Entry<Runbook>> {
  const runbooks = policy.data.runbooks.flatMap((id) => model.runbooksById.get(id) ?? []);
  return splitByReach(runbooks, runbookAudience, page);
}

/** The policies that cite `runbook`, split by whether the runbook page's readers may open them. */
export function runbookPolicyLinks(
  model: Model,
  runbook: Entry<Runbook>,
  page: Audience,
): ReachSplit<Entry<Policy>> {
  const citing = model.policies.filter((p) => p.data.runbooks.includes(runbook.id));
  return splitByReach(citing, policyAudience, page);
}
