/** The policy versions in force for a client on a day: the live file, or the archived version then. */
import type { Client, Policy } from '../../schemas/index.ts';
import { clientReadsPolicy, policyApplies } from '../evidence/applicable.ts';
import { versionsOf, type ArchivedVersion } from '../evidence/archive.ts';
import type { Entry, Model } from '../model/types.ts';

/** One policy as it stood on the day, and the file that holds that text. */
export interface PolicyInForce {
  policy: Entry<Policy>;
  version: string;
  effective: string;
  /** Path relative to the content root. */
  file: string;
  archived: boolean;
}

/** Client-visible policies in force on `asOf`, by title; a policy not yet effective then is left out. */
export function policiesInForce(
  model: Model,
  archive: readonly ArchivedVersion[],
  client: Entry<Client>,
  asOf: string,
): PolicyInForce[] {
  const out: PolicyInForce[] = [];
  for (const policy of model.policies) {
    if (!policyApplies(policy, client) || !clientReadsPolicy(policy, client)) continue;
    if (policy.data.effective <= asOf) {
      out.push({
        policy,
        version: policy.data.version,
        effective: policy.data.effective,
        file: policy.file,
        archived: false,
      });
      continue;
    }
    const earlier = versionsOf(archive, policy.id).find(
      (v) => v.data.effective <= asOf && asOf < v.data.superseded,
    );
    if (earlier) {
      out.push({
        policy,
        version: earlier.data.version,
        effective: earlier.data.effective,
        file: earlier.file,
        archived: true,
      });
    }
  }
  return out;
}
