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

/** Archived versions of provider-wide policies, each with a page at `/policies/<id>/versions/<v>/`. */
export function providerVersionPages(
  archive: readonly ArchivedVersion[],
  policies: ReadonlyMap<string, Entry<Policy>>,
): { policy: string; version: string }[] {
  return archive
    .filter((v) => !policies.get(v.policy)?.data.client)
    .map((v) => ({ policy: v.policy, version: v.data.version }));
}

/** Archived versions of clients' own policies, each with a page under the policy's owner. */
export function clientVersionPages(
  archive: readonly ArchivedVersion[],
  policies: ReadonlyMap<string, Entry<Policy>>,
): { client: string; policy: string; version: string }[] {
  return archive.flatMap((v) => {
    const client = policies.get(v.policy)?.data.client;
    return client ? [{ client, policy: v.policy, version: v.data.version }] : [];
  });
}
