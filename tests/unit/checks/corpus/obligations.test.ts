/**
 * Corpus: bad inputs in the regulatory profile (client.yaml `regulatory:`) and in the
 * incident facts the notification obligations read, each through the real CLI.
 */
import { replace, runCorpus, type CorpusCase } from './harness.ts';

const ALPHA = 'clients/alpha-bank/client.yaml';
const BETA = 'clients/beta-clinic/client.yaml';
const ALPHA_AUG = 'clients/alpha-bank/reports/2026-08.mdx';
const BANK_PROFILE = 'regulatory:\n  institution: state-nonmember-bank\n  customer_states: [NE]\n';

/** Replaces alpha-bank's profile with `yaml` (the lines under `regulatory:`). */
const alphaProfile = (root: string, yaml: string) =>
  replace(root, ALPHA, BANK_PROFILE, `regulatory:\n${yaml}`);

/** Adds one incident with `fields` to alpha-bank's August report. */
function incident(root: string, fields: string): Promise<void> {
  return replace(
    root,
    ALPHA_AUG,
    'recommendations:',
    `incidents:\n  - id: INC-1\n    title: Test incident\n    severity: high\n    summary: A test incident.\n    detected: 2026-08-10T09:00:00-05:00\n    client_notified: 2026-08-10T09:20:00-05:00\n${fields}recommendations:`,
  );
}

const schemaCase = (name: string, fields: string, field: string, says?: string): CorpusCase => ({
  name,
  mutate: (root) => incident(root, fields),
  file: ALPHA_AUG,
  field,
  rule: 'schema',
  ...(says ? { says } : {}),
});

const CASES: CorpusCase[] = [
  // The regulatory profile.
  {
    name: 'an institution kind Tandem does not know',
    mutate: (root) => alphaProfile(root, '  institution: savings-bank\n  customer_states: [NE]\n'),
    file: ALPHA,
    field: 'regulatory.institution',
    rule: 'schema',
    says: 'savings-bank',
  },
  {
    name: 'a customer state that is not a two-letter code',
    mutate: (root) =>
      alphaProfile(root, '  institution: state-nonmember-bank\n  customer_states: [Nebraska]\n'),
    file: ALPHA,
    field: 'regulatory.customer_states[0]',
    rule: 'schema',
    says: 'two-letter state code',
  },
  {
    name: 'a profile with no customer states',
    mutate: (root) =>
      alphaProfile(root, '  institution: state-nonmember-bank\n  customer_states: []\n'),
    file: ALPHA,
    field: 'regulatory.customer_states',
    rule: 'schema',
  },
  {
    name: 'a customer state listed twice',
    mutate: (root) =>
      alphaProfile(root, '  institution: state-nonmember-bank\n  customer_states: [NE, KS, NE]\n'),
    file: ALPHA,
    field: 'regulatory.customer_states[2]',
    rule: 'regulatory/profile',
  },
  {
    name: 'NYDFS licensing written as a word',
    mutate: (root) =>
      alphaProfile(
        root,
        '  institution: state-nonmember-bank\n  customer_states: [NE]\n  nydfs_licensed: sometimes\n',
      ),
    file: ALPHA,
    field: 'regulatory.nydfs_licensed',
    rule: 'schema',
  },
  {
    name: 'a contract notice term of zero hours',
    mutate: (root) =>
      alphaProfile(
        root,
        '  institution: state-nonmember-bank\n  customer_states: [NE]\n  contract_notice:\n    hours: 0\n    reference: MSA §1\n',
      ),
    file: ALPHA,
    field: 'regulatory.contract_notice.hours',
    rule: 'schema',
  },
  {
    name: 'an institution that contradicts the industry',
    mutate: (root) =>
      alphaProfile(
        root,
        '  institution: federally-insured-credit-union\n  customer_states: [NE]\n',
      ),
    file: ALPHA,
    field: 'regulatory.institution',
    rule: 'regulatory/profile',
    says: 'community-bank',
  },
  {
    name: 'a bank with a business associate agreement',
    mutate: (root) =>
      alphaProfile(
        root,
        '  institution: state-nonmember-bank\n  business_associate: true\n  customer_states: [NE]\n',
      ),
    file: ALPHA,
    field: 'regulatory.business_associate',
    rule: 'regulatory/profile',
  },
  {
    name: 'a covered entity that does not say whether the provider is its business associate',
    mutate: (root) => replace(root, BETA, '  business_associate: true\n', ''),
    file: BETA,
    field: 'regulatory.business_associate',
    rule: 'regulatory/profile',
  },
  {
    name: 'a BAA notice term longer than the rule allows',
    mutate: (root) =>
      replace(
        root,
        BETA,
        '  business_associate: true\n',
        '  business_associate: true\n  baa_notice_days: 90\n',
      ),
    file: BETA,
    field: 'regulatory.baa_notice_days',
    rule: 'regulatory/profile',
  },
  {
    name: 'a BAA notice term without a business associate',
    mutate: (root) =>
      replace(
        root,
        BETA,
        '  business_associate: true\n',
        '  business_associate: false\n  baa_notice_days: 10\n',
      ),
    file: BETA,
    field: 'regulatory.baa_notice_days',
    rule: 'regulatory/profile',
  },
  {
    name: 'assets under management for a bank',
    mutate: (root) =>
      alphaProfile(
        root,
        '  institution: state-nonmember-bank\n  assets_under_management_usd: 5000000\n  customer_states: [NE]\n',
      ),
    file: ALPHA,
    field: 'regulatory.assets_under_management_usd',
    rule: 'regulatory/profile',
  },
  // Incident facts: types.
  schemaCase(
    'a negative number of people affected',
    '    people_affected: -3\n',
    'incidents[0].people_affected',
  ),
  schemaCase(
    'a fractional number of people affected',
    '    people_affected: 2.5\n',
    'incidents[0].people_affected',
  ),
  schemaCase(
    'people counted under a state name instead of a code',
    '    people_affected: 3\n    people_by_state:\n      Nebraska: 3\n',
    'incidents[0].people_by_state.Nebraska',
  ),
  schemaCase(
    'encryption written as a word',
    '    data_encrypted: partly\n',
    'incidents[0].data_encrypted',
  ),
  schemaCase(
    'an unknown kind of data',
    '    data_kinds: [passwords]\n',
    'incidents[0].data_kinds[0]',
    'passwords',
  ),
  schemaCase(
    'an unknown exposure',
    '    data_exposure: leaked\n',
    'incidents[0].data_exposure',
    'leaked',
  ),
  schemaCase(
    'provider_system written as a word',
    '    provider_system: maybe\n',
    'incidents[0].provider_system',
  ),
  schemaCase(
    'disruption likelihood written as a word',
    '    disruption_likely_4h: likely\n',
    'incidents[0].disruption_likely_4h',
  ),
  schemaCase(
    'planned maintenance written as a word',
    '    planned_maintenance: yes please\n',
    'incidents[0].planned_maintenance',
  ),
  schemaCase(
    'suspicious activity written as a word',
    '    suspicious_activity: perhaps\n',
    'incidents[0].suspicious_activity',
  ),
  schemaCase(
    'a discovery time without a zone',
    '    discovered: 2026-08-09T09:00:00\n',
    'incidents[0].discovered',
  ),
  schemaCase(
    'a provider determination that is not a time',
    '    provider_determined: soon\n',
    'incidents[0].provider_determined',
  ),
  schemaCase(
    'an extortion payment time that is not a time',
    '    extortion_paid: yesterday\n',
    'incidents[0].extortion_paid',
  ),
  schemaCase(
    'a SAR decision time that is not a time',
    '    sar_decided: pending\n',
    'incidents[0].sar_decided',
  ),
  schemaCase(
    'a notice time that is not a time',
    '    notices:\n      bank-regulator: tomorrow\n',
    'incidents[0].notices.bank-regulator',
  ),
  // Incident facts: contradictions.
  {
    name: 'a notice for an obligation that does not exist',
    mutate: (root) =>
      incident(root, '    notices:\n      fdic-notice: 2026-08-10T12:00:00-05:00\n'),
    file: ALPHA_AUG,
    field: 'incidents[0].notices.fdic-notice',
    rule: 'incidents/facts',
    says: 'bank-regulator',
  },
  {
    name: 'more people by state than in total',
    mutate: (root) =>
      incident(root, '    people_affected: 10\n    people_by_state:\n      NE: 8\n      KS: 4\n'),
    file: ALPHA_AUG,
    field: 'incidents[0].people_by_state',
    rule: 'incidents/facts',
  },
  {
    name: 'a provider determination before detection',
    mutate: (root) => incident(root, '    provider_determined: 2026-08-09T09:00:00-05:00\n'),
    file: ALPHA_AUG,
    field: 'incidents[0].provider_determined',
    rule: 'incidents/timeline',
  },
  {
    name: 'an extortion payment in the future',
    mutate: (root) => incident(root, '    extortion_paid: 2027-01-09T09:00:00-05:00\n'),
    file: ALPHA_AUG,
    field: 'incidents[0].extortion_paid',
    rule: 'incidents/future',
  },
];

runCorpus('regulatory profiles and incident facts', CASES);
