/** What a policy page derives from the policy: the frameworks its controls belong to, and archived versions. */
import type { Policy } from '../schemas/index.ts';
import type { ArchivedVersion } from './evidence/archive.ts';
import type { Entry } from './model/types.ts';

/** The framework ids of `controls` (`<framework>:<control>` refs), once each, sorted. */
export function controlFrameworkIds(controls: readonly string[]): string[] {
  return [...new Set(controls.map((ref) => ref.split(':')[0]!))].sort();
}

/** Whether the archive keeps a copy of `version`, so the history can link to it. */
export function isArchived(versions: readonly ArchivedVersion[], version: string): boolean {
  return versions.some((v) => v.data.version === version);
}

/** The provider-wide policies, which get a page at `/policies/<id>/`. */
export function providerPolicyPages(policies: readonly Entry<Policy>[]): { policy: string }[] {
  return policies.filter((p) => !p.data.client).map((p) => ({ policy: p.id }));
}

/** The clients' own policies, each with a page under its owner at `/clients/<client>/policies/<id>/`. */
export function clientPolicyPages(
  policies: readonly Entry<Policy>[],
): { client: string; policy: string }[] {
  return policies.flatMap((p) => (p.data.client ? [{ client: p.data.client, policy: p.id }] : []));
}
