/** What a policy page derives from the policy: the frameworks its controls belong to, and archived versions. */
import type { Policy } from '../schemas/index.ts';
import type { ArchivedVersion } from './evidence/archive.ts';

/** The framework ids of `controls` (`<framework>:<control>` refs), once each, sorted. */
export function controlFrameworkIds(controls: readonly string[]): string[] {
  return [...new Set(controls.map((ref) => ref.split(':')[0]!))].sort();
}

/** Whether the archive keeps a copy of `version`, so the history can link to it. */
export function isArchived(versions: readonly ArchivedVersion[], version: string): boolean {
  return versions.some((v) => v.data.version === version);
}

/** A notice shown above a policy: its bold lead word and the sentence after it. */
export interface PolicyNotice {
  title: string;
  text: string;
}

/** The notice a policy with `status` carries: drafts and retired ones say so; approved ones none. */
export function policyNotice(status: Policy['status']): PolicyNotice | undefined {
  if (status === 'draft')
    return { title: 'Draft.', text: 'This version is not approved and is visible to staff only.' };
  if (status === 'retired')
    return { title: 'Retired.', text: 'Kept for the record; it no longer applies.' };
  return undefined;
}
