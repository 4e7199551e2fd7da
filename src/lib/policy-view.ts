/** What a policy page derives from the policy: the frameworks its controls belong to, and archived versions. */
import type { ArchivedVersion } from './evidence/archive.ts';

/** The framework ids of `controls` (`<framework>:<control>` refs), once each, sorted. */
export function controlFrameworkIds(controls: readonly string[]): string[] {
  return [...new Set(controls.map((ref) => ref.split(':')[0]!))].sort();
}

/** Whether the archive keeps a copy of `version`, so the history can link to it. */
export function isArchived(versions: readonly ArchivedVersion[], version: string): boolean {
  return versions.some((v) => v.data.version === version);
}
