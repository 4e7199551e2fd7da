/**
 * Corpus: monthly report rules (metrics, recommendations, corrections, the ledger),
 * incident timelines and deadlines, and archived policy versions — each through the real
 * CLI, so `npm run check` is proven to run them.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { editYaml, replace, runCorpus, write, type CorpusCase } from './harness.ts';

const ALPHA_AUG = 'clients/alpha-bank/reports/2026-08.mdx';
const ALPHA_SEP = 'clients/alpha-bank/reports/2026-09.mdx';
const ALPHA_OCT = 'clients/alpha-bank/reports/2026-10.mdx';
const LEDGER = 'report-ledger.yaml';

/** Adds one incident to the August report (alpha-bank is a community bank). */
function incident(root: string, fields: string): Promise<void> {
  return replace(
    root,
    ALPHA_AUG,
    'recommendations:',
    `incidents:\n  - id: INC-1\n    title: Test incident\n    severity: high\n    summary: A test incident.\n${fields}recommendations:`,
  );
}

const ALPHA_AUG_SNAPSHOT = 'clients/alpha-bank/reports/2026-08.snapshot.json';

const ARCHIVED = (title: string, version: string) =>
  `---\ntitle: ${title}\nversion: '${version}'\neffective: 2025-01-15\nsuperseded: 2026-01-14\nowner: Compliance Lead\n---\nThe earlier version.\n`;

const CASES: CorpusCase[] = [
  {
    name: 'a part larger than its whole',
    mutate: (root: string) => replace(root, ALPHA_AUG, 'endpoints_edr: 49', 'endpoints_edr: 51'),
    file: ALPHA_AUG,
    field: 'metrics.endpoints_edr',
    rule: 'reports/metrics-add-up',
  },
  {
    name: "open vulnerabilities that do not follow from last month's",
    mutate: (root: string) => replace(root, ALPHA_SEP, 'vulns_high_open: 4', 'vulns_high_open: 40'),
    file: ALPHA_SEP,
    field: 'metrics.vulns_high_open',
    rule: 'reports/vulns-add-up',
    severity: 'warning',
  },
  {
    name: 'a recommendation raised after its report',
    mutate: (root: string) => replace(root, ALPHA_AUG, "raised: '2026-08'", "raised: '2026-09'"),
    file: ALPHA_AUG,
    field: 'recommendations[0].raised',
    rule: 'reports/recommendations',
  },
  {
    name: 'an open recommendation dropped the next month',
    mutate: (root: string) =>
      replace(root, ALPHA_SEP, 'id: enable-mfa-vpn', 'id: enable-mfa-remote'),
    file: ALPHA_SEP,
    field: 'recommendations',
    rule: 'reports/carry-forward',
    severity: 'warning',
  },
  {
    name: 'a correction on a draft',
    mutate: (root: string) =>
      replace(
        root,
        ALPHA_OCT,
        'recommendations:',
        'corrections:\n  - { date: 2026-11-10, by: Sam Staffer, reason: Fixed the backup job count. }\nrecommendations:',
      ),
    file: ALPHA_OCT,
    field: 'corrections[0]',
    rule: 'reports/corrections',
  },
  {
    name: 'a ledger that is not a ledger',
    mutate: (root: string) => write(root, LEDGER, 'version: 2\nreports: []\n'),
    file: LEDGER,
    field: 'version',
    rule: 'reports/ledger',
    ledger: 'as-is',
  },
  {
    name: 'a published report missing from the ledger',
    mutate: (root: string) => editYaml(root, LEDGER, (doc) => doc.deleteIn(['reports', ALPHA_AUG])),
    file: ALPHA_AUG,
    field: 'status',
    rule: 'reports/ledger-missing',
    ledger: 'as-is',
    says: '--record',
  },
  {
    name: 'the report ledger deleted while reports are published',
    mutate: (root: string) => rm(join(root, LEDGER)),
    file: LEDGER,
    field: '(file)',
    rule: 'reports/ledger-missing',
    ledger: 'as-is',
    noPosition: true,
  },
  {
    name: 'a published report edited without a correction',
    mutate: (root: string) => replace(root, ALPHA_AUG, 'endpoints_edr: 49', 'endpoints_edr: 48'),
    file: ALPHA_AUG,
    field: '(file)',
    rule: 'reports/immutable',
    ledger: 'as-is',
  },
  {
    name: 'a report snapshot edited by hand (a target raised)',
    mutate: (root: string) => replace(root, ALPHA_AUG_SNAPSHOT, '"target": 97,', '"target": 99.9,'),
    file: ALPHA_AUG_SNAPSHOT,
    field: 'targets[2]',
    rule: 'records/snapshot',
    ledger: 'as-is',
    noPosition: true,
    says: 'sealed at publication',
  },
  {
    name: "a published report's snapshot deleted",
    mutate: (root: string) => rm(join(root, ALPHA_AUG_SNAPSHOT)),
    file: ALPHA_AUG_SNAPSHOT,
    field: '(file)',
    rule: 'records/snapshot',
    ledger: 'as-is',
    noPosition: true,
  },
  {
    name: 'a correction not yet recorded in the ledger',
    ledger: 'as-is',
    mutate: async (root: string) => {
      await replace(
        root,
        ALPHA_AUG,
        'recommendations:',
        'corrections:\n  - { date: 2026-11-10, by: Sam Staffer, reason: Fixed the backup job count. }\nrecommendations:',
      );
    },
    file: ALPHA_AUG,
    field: 'corrections[0]',
    rule: 'reports/correction-unrecorded',
    severity: 'warning',
  },
  {
    name: 'an incident resolved before it was contained',
    mutate: (root: string) =>
      incident(
        root,
        '    detected: 2026-08-10T09:00:00-05:00\n    contained: 2026-08-10T12:00:00-05:00\n    resolved: 2026-08-10T10:00:00-05:00\n',
      ),
    file: ALPHA_AUG,
    field: 'incidents[0].resolved',
    rule: 'incidents/timeline',
  },
  {
    name: "an incident detected long before the report's month",
    mutate: (root: string) => incident(root, '    detected: 2026-06-01T09:00:00-05:00\n'),
    file: ALPHA_AUG,
    field: 'incidents[0].detected',
    rule: 'incidents/period',
  },
  {
    name: 'an incident resolved in the future',
    mutate: (root: string) =>
      incident(
        root,
        '    detected: 2026-08-10T09:00:00-05:00\n    resolved: 2027-01-05T09:00:00-06:00\n',
      ),
    file: ALPHA_AUG,
    field: 'incidents[0].resolved',
    rule: 'incidents/future',
  },
  {
    name: 'a disruption of 4 hours or more with no client notice',
    mutate: (root: string) =>
      incident(
        root,
        '    detected: 2026-08-10T09:00:00-05:00\n    resolved: 2026-08-10T15:00:00-05:00\n    disruption_hours: 5\n',
      ),
    file: ALPHA_AUG,
    field: 'incidents[0].notices.bank-service-provider',
    rule: 'incidents/client-notice',
  },
  {
    name: 'a regulator clock on an incident not marked reportable',
    mutate: (root: string) =>
      incident(
        root,
        '    detected: 2026-08-10T09:00:00-05:00\n    resolved: 2026-08-10T15:00:00-05:00\n    determined_reportable: 2026-08-10T12:00:00-05:00\n',
      ),
    file: ALPHA_AUG,
    field: 'incidents[0].determined_reportable',
    rule: 'incidents/reportable',
    severity: 'warning',
  },
  {
    name: "a bank's 36-hour regulator deadline passed with no notice",
    mutate: (root: string) =>
      incident(
        root,
        '    detected: 2026-08-10T09:00:00-05:00\n    resolved: 2026-08-12T15:00:00-05:00\n    reportable: true\n    determined_reportable: 2026-08-10T12:00:00-05:00\n',
      ),
    file: ALPHA_AUG,
    field: 'incidents[0].notices.bank-regulator',
    rule: 'incidents/regulator-notice',
    severity: 'warning',
  },
  {
    name: 'an archived version of a policy that does not exist',
    mutate: (root: string) =>
      write(root, 'policies/archive/no-such-policy/1.0.mdx', ARCHIVED('Gone', '1.0')),
    file: 'policies/archive/no-such-policy/1.0.mdx',
    field: '(file)',
    rule: 'archive/policy',
  },
  {
    name: "a client policy's archived version filed with the provider's",
    mutate: (root: string) =>
      write(
        root,
        'policies/archive/alpha-isp/3.0.mdx',
        ARCHIVED('Alpha Canary Bank Information Security Program', '3.0'),
      ),
    file: 'policies/archive/alpha-isp/3.0.mdx',
    field: '(file)',
    rule: 'archive/location',
  },
  {
    name: "an archived version with the live policy's version",
    mutate: (root: string) =>
      write(
        root,
        'policies/archive/security-policy/2.0.mdx',
        ARCHIVED('Fixture Information Security Policy', '2.0'),
      ),
    file: 'policies/archive/security-policy/2.0.mdx',
    field: 'version',
    rule: 'archive/current',
  },
];

runCorpus('reports, incidents and archived policies', CASES);
