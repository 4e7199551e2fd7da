/** Corpus: ids that name nothing, ids listed twice, ids that cannot be ids. */
import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replace, runCorpus } from './harness.ts';

/** Renames a client's folder and the client field of its reports. */
async function renameClient(root: string, from: string, to: string): Promise<void> {
  await rename(join(root, 'clients', from), join(root, 'clients', to));
  for (const month of ['2026-09', '2026-10']) {
    const file = join(root, 'clients', to, 'reports', `${month}.mdx`);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(`client: ${from}`, `client: ${to}`),
    );
  }
}

runCorpus('references and ids', [
  {
    name: 'a client held to a framework that does not exist',
    mutate: (root) =>
      replace(
        root,
        'clients/beta-clinic/client.yaml',
        'frameworks: [fixture-fw]',
        'frameworks: [nist-csf-2]',
      ),
    file: 'clients/beta-clinic/client.yaml',
    field: 'frameworks[0]',
    rule: 'references/exists',
    says: 'unknown framework "nist-csf-2"',
  },
  {
    name: 'an activity supporting a control the framework lacks',
    mutate: (root) =>
      replace(root, 'activities/operations.yaml', "'fixture-fw:DET-1'", "'fixture-fw:DET-9'"),
    file: 'activities/operations.yaml',
    field: 'activities[0].controls[0]',
    rule: 'references/exists',
    at: "'fixture-fw:DET-9'",
  },
  {
    name: 'a policy naming a runbook that does not exist',
    mutate: (root) =>
      replace(
        root,
        'policies/security-policy.mdx',
        'runbooks: [restore-drill]',
        'runbooks: [restore-drills]',
      ),
    file: 'policies/security-policy.mdx',
    field: 'runbooks[0]',
    rule: 'references/exists',
    at: 'restore-drills',
  },
  {
    name: 'a runbook naming an activity that does not exist',
    mutate: (root) =>
      replace(
        root,
        'runbooks/restore-drill.mdx',
        'activities: [test-restores]',
        'activities: [test-restore]',
      ),
    file: 'runbooks/restore-drill.mdx',
    field: 'activities[0]',
    rule: 'references/exists',
  },
  {
    name: 'a runbook shared with a client that does not exist',
    mutate: (root) =>
      replace(
        root,
        'runbooks/restore-drill.mdx',
        'shared_with: [alpha-bank]',
        'shared_with: [alpha]',
      ),
    file: 'runbooks/restore-drill.mdx',
    field: 'shared_with[0]',
    rule: 'references/exists',
  },
  {
    name: 'a subscription to a tier the service does not offer',
    mutate: (root) =>
      replace(root, 'clients/alpha-bank/client.yaml', 'tier: around-the-clock', 'tier: platinum'),
    file: 'clients/alpha-bank/client.yaml',
    field: 'services[0].tier',
    rule: 'references/exists',
  },
  {
    name: 'a contact acting for a party that does not exist',
    mutate: (root) =>
      replace(root, 'clients/beta-clinic/client.yaml', 'party: leadership', 'party: board'),
    file: 'clients/beta-clinic/client.yaml',
    field: 'contacts[1].party',
    rule: 'references/exists',
  },
  {
    name: 'the same service listed twice on a policy',
    mutate: (root) =>
      replace(
        root,
        'policies/security-policy.mdx',
        'services: [monitoring]',
        'services: [monitoring, monitoring]',
      ),
    file: 'policies/security-policy.mdx',
    field: 'services[1]',
    rule: 'references/duplicate',
  },
  {
    name: 'a contact id that is also a staff id',
    mutate: (root) =>
      replace(root, 'clients/beta-clinic/client.yaml', 'id: bea-boss', 'id: sam-staff'),
    file: 'clients/beta-clinic/client.yaml',
    field: 'contacts[1].id',
    rule: 'ids/unique',
  },
  {
    name: 'two policies with one id (provider-wide and a client copy)',
    mutate: async (root) => {
      await cp(
        join(root, 'clients/alpha-bank/policies/alpha-isp.mdx'),
        join(root, 'policies/alpha-isp.mdx'),
      );
      await replace(root, 'policies/alpha-isp.mdx', 'client: alpha-bank\n', '');
      await replace(root, 'policies/alpha-isp.mdx', 'title: Alpha Canary Bank', 'title: Provider');
    },
    file: 'policies/alpha-isp.mdx',
    field: '(file)',
    rule: 'ids/unique',
    says: 'duplicate policy id "alpha-isp"',
  },
  {
    name: "a client policy filed in another client's folder",
    mutate: (root) =>
      replace(
        root,
        'clients/alpha-bank/policies/alpha-isp.mdx',
        'client: alpha-bank',
        'client: beta-clinic',
      ),
    file: 'clients/alpha-bank/policies/alpha-isp.mdx',
    field: 'client',
    rule: 'references/folder',
  },
  {
    name: 'a client folder named staff',
    mutate: (root) => renameClient(root, 'beta-clinic', 'staff'),
    file: 'clients/staff/client.yaml',
    field: '(file)',
    rule: 'ids/reserved',
  },
  {
    name: 'a client folder name that is not a plain id',
    mutate: async (root) => {
      await rename(join(root, 'clients/beta-clinic'), join(root, 'clients/Beta_Clinic'));
      await rm(join(root, 'clients/Beta_Clinic/reports'), { recursive: true });
    },
    file: 'clients/Beta_Clinic/client.yaml',
    field: '(file)',
    rule: 'ids/format',
  },
  {
    name: 'no provider party in provider.yaml',
    mutate: (root) => replace(root, 'provider.yaml', 'kind: provider', 'kind: vendor'),
    file: 'provider.yaml',
    field: 'parties',
    rule: 'references/parties',
  },
]);
