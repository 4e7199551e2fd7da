/**
 * Impossible regulatory profiles: combinations no real client can have (a bank with a
 * business associate agreement, an adviser registered with the wrong regulator for its
 * size, an institution that contradicts the client's industry). Each names the field.
 */
import type { Client, InstitutionKind } from '../../schemas/index.ts';
import type { Model } from '../model/types.ts';
import { error, type Problem } from '../problems.ts';

/** Institutions each industry can be. Insurance has no kind of its own yet, so any is allowed. */
const INDUSTRY_INSTITUTIONS: Partial<Record<Client['industry'], readonly InstitutionKind[]>> = {
  'community-bank': ['national-bank', 'state-member-bank', 'state-nonmember-bank'],
  'credit-union': ['federally-insured-credit-union'],
  healthcare: ['hipaa-covered-entity'],
  'wealth-management': [
    'sec-registered-adviser',
    'state-registered-adviser',
    'ftc-financial-institution',
  ],
};

/** An adviser at or above this must register with the SEC (Advisers Act 203A, rule 203A-1). */
export const SEC_REGISTRATION_REQUIRED_USD = 110_000_000;
/** Below this an adviser generally may not register with the SEC. */
export const SEC_REGISTRATION_MIN_USD = 100_000_000;

const ADVISERS: readonly InstitutionKind[] = ['sec-registered-adviser', 'state-registered-adviser'];

/** Problems with one client's regulatory profile. */
export function profileProblems(file: string, client: Client): Problem[] {
  const p = client.regulatory;
  if (!p) return [];
  const problems: Problem[] = [];
  const at = (field: string) => ['regulatory', field];
  const allowed = INDUSTRY_INSTITUTIONS[client.industry];
  if (allowed && !allowed.includes(p.institution)) {
    problems.push(
      error(
        'regulatory/profile',
        file,
        at('institution'),
        `a ${client.industry} client cannot be a ${p.institution}`,
        {
          expected: `one of ${allowed.join(', ')} (industry is ${client.industry})`,
          found: p.institution,
        },
      ),
    );
  }
  const hipaa = p.institution === 'hipaa-covered-entity';
  if (hipaa && p.business_associate === undefined) {
    problems.push(
      error(
        'regulatory/profile',
        file,
        at('business_associate'),
        'a HIPAA covered entity must say whether the provider is its business associate',
        {
          expected: 'true or false',
          found: 'nothing',
        },
      ),
    );
  }
  if (!hipaa && p.business_associate !== undefined) {
    problems.push(
      error(
        'regulatory/profile',
        file,
        at('business_associate'),
        'only a HIPAA covered entity has a business associate',
        {
          expected: 'no business_associate, or institution: hipaa-covered-entity',
          found: `business_associate on a ${p.institution}`,
        },
      ),
    );
  }
  if (p.baa_notice_days !== undefined && p.business_associate !== true) {
    problems.push(
      error(
        'regulatory/profile',
        file,
        at('baa_notice_days'),
        'a BAA notice term without a business associate agreement',
        {
          expected: 'business_associate: true, or no baa_notice_days',
          found: String(p.baa_notice_days),
        },
      ),
    );
  }
  if (p.baa_notice_days !== undefined && p.baa_notice_days > 60) {
    problems.push(
      error(
        'regulatory/profile',
        file,
        at('baa_notice_days'),
        'a BAA cannot give more than the 60 days 45 CFR 164.410 allows',
        {
          expected: '60 or fewer',
          found: String(p.baa_notice_days),
        },
      ),
    );
  }
  const aum = p.assets_under_management_usd;
  if (aum !== undefined && !ADVISERS.includes(p.institution)) {
    problems.push(
      error(
        'regulatory/profile',
        file,
        at('assets_under_management_usd'),
        'assets under management are given for an institution that is not an adviser',
        {
          expected: 'an adviser institution, or no assets_under_management_usd',
          found: p.institution,
        },
      ),
    );
  }
  if (
    aum !== undefined &&
    p.institution === 'state-registered-adviser' &&
    aum >= SEC_REGISTRATION_REQUIRED_USD
  ) {
    problems.push(
      error(
        'regulatory/profile',
        file,
        at('institution'),
        'an adviser of this size must register with the SEC, not its state',
        {
          expected: `sec-registered-adviser (assets of $110 million or more)`,
          found: `state-registered-adviser with $${aum.toLocaleString('en-US')}`,
        },
      ),
    );
  }
  if (
    aum !== undefined &&
    p.institution === 'sec-registered-adviser' &&
    aum < SEC_REGISTRATION_MIN_USD
  ) {
    problems.push(
      error(
        'regulatory/profile',
        file,
        at('institution'),
        'an adviser this small generally registers with its state, not the SEC',
        {
          expected: 'state-registered-adviser (assets under $100 million)',
          found: `sec-registered-adviser with $${aum.toLocaleString('en-US')}`,
        },
      ),
    );
  }
  const seen = new Set<string>();
  p.customer_states.forEach((state, i) => {
    if (seen.has(state)) {
      problems.push(
        error(
          'regulatory/profile',
          file,
          ['regulatory', 'customer_states', i],
          `state "${state}" is listed twice`,
          {
            expected: 'each state once',
            found: state,
          },
        ),
      );
    }
    seen.add(state);
  });
  return problems;
}

/** Profile problems across every client. */
export function checkProfiles(model: Model): Problem[] {
  return model.clients.flatMap((c) => profileProblems(c.file, c.data));
}
