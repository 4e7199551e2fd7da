/**
 * THE table of notification obligations: one row per obligation, with who is told, when
 * it applies, the event that starts the clock, the deadline, the threshold and the rule's
 * citation. Each citation was checked against the rule text (see
 * docs/notification-obligations.md). Change OBLIGATION_RULES_VERSION with any change of
 * meaning here: frozen report snapshots record which version judged them.
 */
import type { InstitutionKind, RegulatoryProfile } from '../../schemas/index.ts';
import {
  accessed,
  acquired,
  all,
  atLeast,
  disruptedFourHours,
  fewerThan,
  involves,
  judgedReportable,
  moreThanInOneState,
  no,
  suspicious,
  unencrypted,
  yes,
} from './facts.ts';
import type { ObligationRule } from './types.ts';

/** Version of the table's meaning; bump on any change to a row's scope, start, deadline or citation. */
export const OBLIGATION_RULES_VERSION = '2026-11.1';

const BANKS = ['national-bank', 'state-member-bank', 'state-nonmember-bank'] as const;
const BANKS_AND_CREDIT_UNIONS = [...BANKS, 'federally-insured-credit-union'] as const;
const EVERYONE: readonly InstitutionKind[] = [
  ...BANKS_AND_CREDIT_UNIONS,
  'sec-registered-adviser',
  'state-registered-adviser',
  'ftc-financial-institution',
  'hipaa-covered-entity',
];

/** Picks the citation of the institution's own regulator. */
function byRegulator(citations: Partial<Record<InstitutionKind, string>>, fallback: string) {
  return (p?: RegulatoryProfile) => (p && citations[p.institution]) || fallback;
}

const BANK_REGULATOR: Partial<Record<InstitutionKind, string>> = {
  'national-bank': 'the OCC',
  'state-member-bank': 'the Federal Reserve',
  'state-nonmember-bank': 'the FDIC',
};

const hours = (h: number) => () => ({ kind: 'hours', hours: h }) as const;
const days = (d: number) => hours(d * 24);
const asap = () => ({ kind: 'asap' }) as const;

/** Every obligation Tandem knows, in the order the page lists them. */
export const OBLIGATION_RULES: readonly ObligationRule[] = [
  {
    id: 'bank-regulator',
    title: 'Bank to its primary federal regulator',
    notifier: 'client',
    notify: (p) => (p && BANK_REGULATOR[p.institution]) || 'its primary federal regulator',
    institutions: BANKS,
    threshold:
      'A notification incident: a computer-security incident that has materially disrupted or degraded, or is reasonably likely to, the bank’s operations.',
    startEvent: 'determination',
    deadline: hours(36),
    citation: byRegulator(
      {
        'national-bank': '12 CFR 53.3',
        'state-member-bank': '12 CFR 225.302',
        'state-nonmember-bank': '12 CFR 304.23',
      },
      '12 CFR 53.3 / 225.302 / 304.23',
    ),
    appliesWhen: ({ incident }) => judgedReportable(incident, 'a notification incident'),
    legacyNotice: 'regulator_notified',
  },
  {
    id: 'bank-service-provider',
    title: 'Provider to its bank customer',
    notifier: 'provider',
    notify: () => 'the bank’s designated contact',
    institutions: BANKS,
    threshold:
      'The provider’s incident materially disrupted or degraded, or is reasonably likely to, covered services for 4 hours or more; announced scheduled maintenance is excluded.',
    startEvent: 'provider-determination',
    deadline: asap,
    citation: byRegulator(
      {
        'national-bank': '12 CFR 53.4',
        'state-member-bank': '12 CFR 225.303',
        'state-nonmember-bank': '12 CFR 304.24',
      },
      '12 CFR 53.4 / 225.303 / 304.24',
    ),
    appliesWhen: ({ incident }) => disruptedFourHours(incident),
    legacyNotice: 'client_notified',
  },
  {
    id: 'ncua',
    title: 'Credit union to NCUA',
    notifier: 'client',
    notify: () => 'NCUA',
    institutions: ['federally-insured-credit-union'],
    threshold: 'A reportable cyber incident.',
    startEvent: 'reasonable-belief',
    deadline: hours(72),
    citation: () => '12 CFR 748.1(c)',
    appliesWhen: ({ incident }) => judgedReportable(incident, 'a reportable cyber incident'),
    legacyNotice: 'regulator_notified',
  },
  {
    id: 'ftc-safeguards',
    title: 'Financial institution to the FTC',
    notifier: 'client',
    notify: () => 'the FTC',
    institutions: ['state-registered-adviser', 'ftc-financial-institution'],
    threshold:
      'A notification event: unencrypted customer information of 500 or more consumers acquired without authorisation.',
    startEvent: 'discovery',
    deadline: days(30),
    citation: () => '16 CFR 314.4(j)',
    appliesWhen: ({ incident }) =>
      all(
        involves(incident, 'customer-information', 'customer information'),
        acquired(incident),
        unencrypted(incident),
        atLeast(incident, 500),
      ),
    legacyNotice: 'regulator_notified',
  },
  {
    id: 'reg-sp-individuals',
    title: 'Adviser to affected individuals',
    notifier: 'client',
    notify: () => 'each affected individual',
    institutions: ['sec-registered-adviser'],
    threshold:
      'Sensitive customer information was, or is reasonably likely to have been, accessed or used without authorisation.',
    startEvent: 'awareness',
    deadline: days(30),
    citation: () => '17 CFR 248.30(a)(4)',
    appliesWhen: ({ incident }) =>
      all(
        involves(incident, 'sensitive-customer-information', 'sensitive customer information'),
        accessed(incident),
      ),
  },
  {
    id: 'reg-sp-service-provider',
    title: 'Provider to the adviser',
    notifier: 'provider',
    notify: () => 'the adviser',
    institutions: ['sec-registered-adviser'],
    threshold:
      'A breach resulting in unauthorised access to a customer information system the provider maintains.',
    startEvent: 'provider-awareness',
    deadline: hours(72),
    citation: () => '17 CFR 248.30(a)(5)(i)',
    appliesWhen: ({ incident }) =>
      all(
        incident.provider_system === undefined
          ? {
              applies: 'unknown',
              because: 'whether a system the provider maintains was breached is not recorded',
            }
          : incident.provider_system
            ? yes('a system the provider maintains was breached')
            : no('no system the provider maintains was breached'),
        accessed(incident),
      ),
    legacyNotice: 'client_notified',
  },
  {
    id: 'hipaa-individuals',
    title: 'Covered entity to affected individuals',
    notifier: 'client',
    notify: () => 'each affected individual',
    institutions: ['hipaa-covered-entity'],
    threshold: 'A breach of unsecured protected health information.',
    startEvent: 'discovery',
    deadline: days(60),
    citation: () => '45 CFR 164.404',
    appliesWhen: ({ incident }) =>
      all(
        judgedReportable(incident, 'a breach'),
        involves(incident, 'phi', 'protected health information'),
        unencrypted(incident),
      ),
  },
  {
    id: 'hipaa-media',
    title: 'Covered entity to the media',
    notifier: 'client',
    notify: () => 'prominent media outlets in the state',
    institutions: ['hipaa-covered-entity'],
    threshold: 'A breach of unsecured PHI of more than 500 residents of one state or jurisdiction.',
    startEvent: 'discovery',
    deadline: days(60),
    citation: () => '45 CFR 164.406',
    appliesWhen: ({ incident }) =>
      all(
        judgedReportable(incident, 'a breach'),
        involves(incident, 'phi', 'protected health information'),
        unencrypted(incident),
        moreThanInOneState(incident, 500),
      ),
  },
  {
    id: 'hipaa-hhs',
    title: 'Covered entity to HHS (500 or more)',
    notifier: 'client',
    notify: () => 'HHS',
    institutions: ['hipaa-covered-entity'],
    threshold:
      'A breach of unsecured PHI of 500 or more individuals: at the same time as the individual notices.',
    startEvent: 'discovery',
    deadline: days(60),
    citation: () => '45 CFR 164.408(b)',
    appliesWhen: ({ incident }) =>
      all(
        judgedReportable(incident, 'a breach'),
        involves(incident, 'phi', 'protected health information'),
        unencrypted(incident),
        atLeast(incident, 500),
      ),
  },
  {
    id: 'hipaa-hhs-annual',
    title: 'Covered entity to HHS (annual log)',
    notifier: 'client',
    notify: () => 'HHS',
    institutions: ['hipaa-covered-entity'],
    threshold:
      'A breach of unsecured PHI of fewer than 500 individuals: logged, and reported within 60 days after the calendar year ends.',
    startEvent: 'discovery',
    deadline: () => ({ kind: 'after-year-end', days: 60 }),
    citation: () => '45 CFR 164.408(c)',
    appliesWhen: ({ incident }) =>
      all(
        judgedReportable(incident, 'a breach'),
        involves(incident, 'phi', 'protected health information'),
        unencrypted(incident),
        fewerThan(incident, 500),
      ),
  },
  {
    id: 'hipaa-business-associate',
    title: 'Business associate to the covered entity',
    notifier: 'provider',
    notify: () => 'the covered entity',
    institutions: ['hipaa-covered-entity'],
    threshold:
      'The provider, as business associate, discovered a breach of unsecured PHI; the BAA may set a shorter term.',
    startEvent: 'provider-awareness',
    deadline: (p) => ({ kind: 'hours', hours: Math.min(60, p?.baa_notice_days ?? 60) * 24 }),
    citation: () => '45 CFR 164.410',
    appliesWhen: ({ profile, incident }) =>
      all(
        profile.business_associate
          ? yes('the provider is the client’s business associate')
          : no('the provider is not the client’s business associate'),
        involves(incident, 'phi', 'protected health information'),
        accessed(incident),
        unencrypted(incident),
      ),
    legacyNotice: 'client_notified',
  },
  {
    id: 'nydfs',
    title: 'Licensee to the NYDFS superintendent',
    notifier: 'client',
    notify: () => 'the NYDFS superintendent',
    institutions: EVERYONE,
    threshold:
      'A cybersecurity incident at the licensee, an affiliate or a third-party service provider.',
    startEvent: 'determination',
    deadline: hours(72),
    citation: () => '23 NYCRR 500.17(a)',
    appliesWhen: ({ profile, incident }) =>
      profile.nydfs_licensed
        ? judgedReportable(incident, 'a cybersecurity incident')
        : no('the client is not licensed by the New York DFS'),
  },
  {
    id: 'nydfs-extortion',
    title: 'Licensee to NYDFS after an extortion payment',
    notifier: 'client',
    notify: () => 'the NYDFS superintendent',
    institutions: EVERYONE,
    threshold: 'An extortion payment made in connection with a cybersecurity event.',
    startEvent: 'extortion-payment',
    deadline: hours(24),
    citation: () => '23 NYCRR 500.17(c)',
    appliesWhen: ({ profile, incident }) => {
      if (!profile.nydfs_licensed) return no('the client is not licensed by the New York DFS');
      return incident.extortion_paid
        ? yes('an extortion payment was made')
        : no('no extortion payment was made');
    },
  },
  {
    id: 'sar-decision',
    title: 'SAR decision (FinCEN)',
    notifier: 'client',
    notify: () => 'FinCEN, by a suspicious activity report or a recorded decision not to file',
    institutions: BANKS_AND_CREDIT_UNIONS,
    threshold: 'Facts that may be suspicious activity, including a cyber event.',
    startEvent: 'detection',
    deadline: days(30),
    citation: byRegulator(
      {
        'national-bank': '12 CFR 21.11',
        'state-member-bank': '12 CFR 208.62',
        'state-nonmember-bank': '12 CFR 353.3',
        'federally-insured-credit-union': '12 CFR 748.1(d)',
      },
      '12 CFR 21.11 / 208.62 / 353.3 / 748.1(d)',
    ),
    appliesWhen: ({ incident }) => suspicious(incident),
    legacyNotice: 'sar_decided',
  },
  {
    id: 'contract-notice',
    title: 'Provider to the client under the contract',
    notifier: 'provider',
    notify: () => 'the client’s incident contact',
    institutions: EVERYONE,
    threshold: 'A security incident at or above the severity the contract names.',
    startEvent: 'detection',
    deadline: (p) =>
      p?.contract_notice ? { kind: 'hours', hours: p.contract_notice.hours } : asap(),
    citation: (p) => p?.contract_notice?.reference ?? 'the contract',
    appliesWhen: ({ profile, incident }) => {
      const term = profile.contract_notice;
      if (!term) return no('the contract sets no notice term');
      const order = ['low', 'medium', 'high', 'critical'];
      return order.indexOf(incident.severity) >= order.indexOf(term.min_severity)
        ? yes(
            `a ${incident.severity}-severity incident (the term covers ${term.min_severity} and above)`,
          )
        : no(
            `a ${incident.severity}-severity incident (the term covers ${term.min_severity} and above)`,
          );
    },
    legacyNotice: 'client_notified',
  },
];

/** The rule with `id`, if there is one. */
export function obligationRule(id: string): ObligationRule | undefined {
  return OBLIGATION_RULES.find((r) => r.id === id);
}
