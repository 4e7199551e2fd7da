/** Corpus: the RACI rules on the template and on client overrides (issue 3's bad inputs). */
import { replace, runCorpus } from './harness.ts';

const OPS = 'activities/operations.yaml';
const ALPHA = 'clients/alpha-bank/client.yaml';
const WATCH = 'raci: { internal-it: I, provider: RA }';
const OVERRIDE = 'raci: { internal-it: A, vendor: R, provider: I }';

/** Adds a second override to alpha-bank's matrix. */
function addOverride(
  activity: string,
  raci: string,
  reason = 'Agreed with the client at the annual review.',
) {
  return (root: string) =>
    replace(
      root,
      ALPHA,
      '      approved_by: { name: Lee Alphaleader, date: 2026-02-20 }\n',
      `      approved_by: { name: Lee Alphaleader, date: 2026-02-20 }\n    - activity: ${activity}\n      raci: ${raci}\n      reason: ${reason}\n      approved_by: { name: Lee Alphaleader, date: 2026-02-20 }\n`,
    );
}

runCorpus('matrix rules', [
  {
    name: 'one party both R and A where duties are separated, in the template',
    mutate: (root) => replace(root, OPS, WATCH, `segregation_of_duties: true\n    ${WATCH}`),
    file: OPS,
    field: 'activities[0].raci.provider',
    rule: 'matrix/segregation-of-duties',
    says: '"provider" both Responsible and Accountable',
  },
  {
    name: 'one party both R and A where duties are separated, in an override',
    mutate: async (root) => {
      await replace(
        root,
        OPS,
        'raci: { internal-it: A, provider: R, vendor: C }\n  - id: patch-core-system',
        'raci: { internal-it: A, provider: R, vendor: C }\n  - id: patch-core-system\n    segregation_of_duties: true',
      );
      await replace(root, ALPHA, OVERRIDE, 'raci: { internal-it: RA, vendor: C, provider: I }');
    },
    file: ALPHA,
    field: 'matrix.overrides[0].raci.internal-it',
    rule: 'matrix/segregation-of-duties',
  },
  {
    name: 'two Accountable parties in the template',
    mutate: (root) => replace(root, OPS, WATCH, 'raci: { internal-it: A, provider: RA }'),
    file: OPS,
    field: 'activities[0].raci',
    rule: 'matrix/one-accountable',
    says: '2 (internal-it and provider)',
  },
  {
    name: 'no Accountable party in the template',
    mutate: (root) => replace(root, OPS, WATCH, 'raci: { internal-it: I, provider: R }'),
    file: OPS,
    field: 'activities[0].raci',
    rule: 'matrix/one-accountable',
    says: '0 (none)',
  },
  {
    name: 'nobody Responsible in the template',
    mutate: (root) => replace(root, OPS, WATCH, 'raci: { internal-it: I, provider: A }'),
    file: OPS,
    field: 'activities[0].raci',
    rule: 'matrix/responsible',
  },
  {
    name: 'an unknown party in the template',
    mutate: (root) =>
      replace(root, OPS, WATCH, 'raci: { internal-it: I, provider: RA, auditor: C }'),
    file: OPS,
    field: 'activities[0].raci.auditor',
    rule: 'references/exists',
    says: 'unknown party "auditor"',
  },
  {
    name: 'the provider Accountable for a regulated outcome',
    mutate: (root) =>
      replace(
        root,
        'activities/governance.yaml',
        'raci: { internal-it: R, provider: C, leadership: A }',
        'raci: { internal-it: R, provider: A, leadership: C }',
      ),
    file: 'activities/governance.yaml',
    field: 'activities[0].raci.provider',
    rule: 'matrix/regulated-outcome',
  },
  {
    name: 'two Accountable parties in an override',
    mutate: (root) =>
      replace(root, ALPHA, OVERRIDE, 'raci: { internal-it: A, vendor: RA, provider: I }'),
    file: ALPHA,
    field: 'matrix.overrides[0].raci',
    rule: 'matrix/one-accountable',
  },
  {
    name: 'an unknown party in an override',
    mutate: (root) =>
      replace(
        root,
        ALPHA,
        OVERRIDE,
        'raci: { internal-it: A, vendor: R, provider: I, auditor: C }',
      ),
    file: ALPHA,
    field: 'matrix.overrides[0].raci.auditor',
    rule: 'references/exists',
  },
  {
    name: 'an override of an activity that does not exist',
    mutate: (root) => replace(root, ALPHA, 'activity: patch-core-system', 'activity: patch-core'),
    file: ALPHA,
    field: 'matrix.overrides[0].activity',
    rule: 'references/exists',
    at: 'activity: patch-core',
  },
  {
    name: 'an override without a reason',
    mutate: (root) =>
      replace(
        root,
        ALPHA,
        "      reason: The core vendor's contract requires that only the vendor patches the core host.\n",
        '',
      ),
    file: ALPHA,
    field: 'matrix.overrides[0].reason',
    rule: 'schema',
    says: 'an override needs a reason',
  },
  {
    name: 'the provider made Accountable for a regulated outcome by an override',
    mutate: addOverride(
      'approve-security-program',
      '{ internal-it: R, provider: A, leadership: C }',
    ),
    file: ALPHA,
    field: 'matrix.overrides[1].raci.provider',
    rule: 'matrix/regulated-outcome',
  },
  {
    name: 'one activity overridden twice',
    mutate: addOverride('patch-core-system', '{ internal-it: A, vendor: R, provider: C }'),
    file: ALPHA,
    field: 'matrix.overrides[1].activity',
    rule: 'matrix/override-unique',
  },
  {
    name: 'an override that changes nothing (warning)',
    mutate: addOverride('watch-alerts', '{ internal-it: I, provider: RA }'),
    file: ALPHA,
    field: 'matrix.overrides[1].raci',
    rule: 'matrix/override-no-effect',
    severity: 'warning',
  },
]);
