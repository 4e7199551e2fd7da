/**
 * The obligations table, one table-driven block per obligation: the deadline boundary
 * (notice exactly at the deadline is met, one minute later is late), each threshold just
 * under and just over, the start event, and a client profile it does not apply to.
 */
import { describe, expect, it } from 'vitest';
import {
  OBLIGATION_RULES,
  OBLIGATION_RULES_VERSION,
  evaluateObligations,
} from '../../../src/lib/obligations/index.ts';
import { deadlineText } from '../../../src/lib/obligations/evaluate.ts';
import type { ObligationResult } from '../../../src/lib/obligations/index.ts';
import {
  incident as incidentSchema,
  regulatoryProfile,
  type Incident,
  type RegulatoryProfile,
} from '../../../src/schemas/index.ts';

const DETECTED = '2026-10-05T14:00:00.000Z';
const NOW = '2026-11-26T00:00:00.000Z';

function incident(fields: Record<string, unknown> = {}): Incident {
  return incidentSchema.parse({
    id: 'INC-1',
    title: 'Test',
    severity: 'high',
    summary: 'A test incident.',
    detected: DETECTED,
    ...fields,
  });
}

function profile(fields: Record<string, unknown>): RegulatoryProfile {
  return regulatoryProfile.parse({ customer_states: ['NE'], ...fields });
}

function result(
  p: RegulatoryProfile | undefined,
  i: Incident,
  id: string,
  now = NOW,
): ObligationResult {
  const found = evaluateObligations(p, i, now).obligations.find((o) => o.id === id);
  if (!found) throw new Error(`no obligation ${id}`);
  return found;
}

const plus = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();

interface Case {
  id: string;
  citation: string;
  /** A profile it applies to, and one it does not. */
  profile: RegulatoryProfile;
  otherProfile: RegulatoryProfile;
  /** Facts that make it apply. */
  facts: Record<string, unknown>;
  /** Field whose time starts the clock, its value in `facts` (or detection). */
  start: string;
  startField: string;
  /** Minutes from start to deadline; undefined for "as soon as possible". */
  deadlineMinutes?: number;
  /** Threshold cases: facts just under (does not apply) and just over (applies). */
  under?: Record<string, unknown>;
  over?: Record<string, unknown>;
  /** A fact whose absence leaves the obligation not determined. */
  unknownWithout?: string;
}

const BANK = profile({ institution: 'state-nonmember-bank' });
const NATIONAL = profile({ institution: 'national-bank' });
const CU = profile({ institution: 'federally-insured-credit-union' });
const SEC = profile({ institution: 'sec-registered-adviser', assets_under_management_usd: 1.1e9 });
const STATE_ADVISER = profile({
  institution: 'state-registered-adviser',
  assets_under_management_usd: 4e7,
});
const CLINIC = profile({ institution: 'hipaa-covered-entity', business_associate: true });
const CLINIC_NO_BA = profile({ institution: 'hipaa-covered-entity', business_associate: false });
const NY_BANK = profile({ institution: 'national-bank', nydfs_licensed: true });
const CONTRACT = profile({
  institution: 'state-nonmember-bank',
  contract_notice: { hours: 24, min_severity: 'high', reference: 'MSA test §7.2' },
});

const DETERMINED = '2026-10-06T10:00:00.000Z';
const DISCOVERED = '2026-10-04T08:00:00.000Z';
const PHI = {
  reportable: true,
  data_kinds: ['phi'],
  data_encrypted: false,
  data_exposure: 'acquired',
  discovered: DISCOVERED,
};

const CASES: Case[] = [
  {
    id: 'bank-regulator',
    citation: '12 CFR 304.23',
    profile: BANK,
    otherProfile: CU,
    facts: { reportable: true, determined_reportable: DETERMINED },
    start: DETERMINED,
    startField: 'determined_reportable',
    deadlineMinutes: 36 * 60,
  },
  {
    id: 'bank-service-provider',
    citation: '12 CFR 304.24',
    profile: BANK,
    otherProfile: SEC,
    facts: { disruption_hours: 5, provider_determined: DETERMINED },
    start: DETERMINED,
    startField: 'provider_determined',
    under: { disruption_hours: 3.98, disruption_likely_4h: false },
    over: { disruption_hours: 4 },
    unknownWithout: 'disruption_hours',
  },
  {
    id: 'ncua',
    citation: '12 CFR 748.1(c)',
    profile: CU,
    otherProfile: BANK,
    facts: { reportable: true, determined_reportable: DETERMINED },
    start: DETERMINED,
    startField: 'determined_reportable',
    deadlineMinutes: 72 * 60,
  },
  {
    id: 'ftc-safeguards',
    citation: '16 CFR 314.4(j)',
    profile: STATE_ADVISER,
    otherProfile: SEC,
    facts: {
      data_kinds: ['customer-information'],
      data_exposure: 'acquired',
      data_encrypted: false,
      people_affected: 500,
      discovered: DISCOVERED,
    },
    start: DISCOVERED,
    startField: 'discovered',
    deadlineMinutes: 30 * 24 * 60,
    under: { people_affected: 499 },
    over: { people_affected: 500 },
    unknownWithout: 'people_affected',
  },
  {
    id: 'reg-sp-individuals',
    citation: '17 CFR 248.30(a)(4)',
    profile: SEC,
    otherProfile: STATE_ADVISER,
    facts: {
      data_kinds: ['sensitive-customer-information'],
      data_exposure: 'accessed',
      client_notified: '2026-10-05T15:30:00.000Z',
    },
    start: '2026-10-05T15:30:00.000Z',
    startField: 'client_notified',
    deadlineMinutes: 30 * 24 * 60,
    under: { data_exposure: 'none' },
    over: { data_exposure: 'accessed' },
    unknownWithout: 'data_exposure',
  },
  {
    id: 'reg-sp-service-provider',
    citation: '17 CFR 248.30(a)(5)(i)',
    profile: SEC,
    otherProfile: BANK,
    facts: { provider_system: true, data_exposure: 'accessed' },
    start: DETECTED,
    startField: 'detected',
    deadlineMinutes: 72 * 60,
    under: { provider_system: false },
    over: { provider_system: true },
    unknownWithout: 'provider_system',
  },
  {
    id: 'hipaa-individuals',
    citation: '45 CFR 164.404',
    profile: CLINIC,
    otherProfile: BANK,
    facts: { ...PHI, people_affected: 12 },
    start: DISCOVERED,
    startField: 'discovered',
    deadlineMinutes: 60 * 24 * 60,
    under: { data_encrypted: true },
    over: { data_encrypted: false },
    unknownWithout: 'data_encrypted',
  },
  {
    id: 'hipaa-media',
    citation: '45 CFR 164.406',
    profile: CLINIC,
    otherProfile: CU,
    facts: { ...PHI, people_affected: 700, people_by_state: { NE: 501, KS: 199 } },
    start: DISCOVERED,
    startField: 'discovered',
    deadlineMinutes: 60 * 24 * 60,
    under: { people_by_state: { NE: 500, KS: 200 } },
    over: { people_by_state: { NE: 501, KS: 199 } },
    unknownWithout: 'people_by_state',
  },
  {
    id: 'hipaa-hhs',
    citation: '45 CFR 164.408(b)',
    profile: CLINIC,
    otherProfile: SEC,
    facts: { ...PHI, people_affected: 500 },
    start: DISCOVERED,
    startField: 'discovered',
    deadlineMinutes: 60 * 24 * 60,
    under: { people_affected: 499 },
    over: { people_affected: 500 },
    unknownWithout: 'people_affected',
  },
  {
    id: 'hipaa-hhs-annual',
    citation: '45 CFR 164.408(c)',
    profile: CLINIC,
    otherProfile: BANK,
    facts: { ...PHI, people_affected: 499 },
    start: DISCOVERED,
    startField: 'discovered',
    // 60 days after 2027-01-01T00:00Z, counted from discovery.
    deadlineMinutes: (Date.parse('2027-03-02T00:00:00.000Z') - Date.parse(DISCOVERED)) / 60_000,
    under: { people_affected: 500 },
    over: { people_affected: 499 },
    unknownWithout: 'people_affected',
  },
  {
    id: 'hipaa-business-associate',
    citation: '45 CFR 164.410',
    profile: CLINIC,
    otherProfile: CLINIC_NO_BA,
    facts: { data_kinds: ['phi'], data_encrypted: false, data_exposure: 'accessed' },
    start: DETECTED,
    startField: 'detected',
    deadlineMinutes: 60 * 24 * 60,
    under: { data_exposure: 'none' },
    over: { data_exposure: 'accessed' },
    unknownWithout: 'data_kinds',
  },
  {
    id: 'nydfs',
    citation: '23 NYCRR 500.17(a)',
    profile: NY_BANK,
    otherProfile: NATIONAL,
    facts: { reportable: true, determined_reportable: DETERMINED },
    start: DETERMINED,
    startField: 'determined_reportable',
    deadlineMinutes: 72 * 60,
  },
  {
    id: 'nydfs-extortion',
    citation: '23 NYCRR 500.17(c)',
    profile: NY_BANK,
    otherProfile: NATIONAL,
    facts: { extortion_paid: '2026-10-07T20:00:00.000Z' },
    start: '2026-10-07T20:00:00.000Z',
    startField: 'extortion_paid',
    deadlineMinutes: 24 * 60,
  },
  {
    id: 'sar-decision',
    citation: '12 CFR 353.3',
    profile: BANK,
    otherProfile: CLINIC,
    facts: { suspicious_activity: true },
    start: DETECTED,
    startField: 'detected',
    deadlineMinutes: 30 * 24 * 60,
    under: { suspicious_activity: false },
    over: { suspicious_activity: true },
    unknownWithout: 'suspicious_activity',
  },
  {
    id: 'contract-notice',
    citation: 'MSA test §7.2',
    profile: CONTRACT,
    otherProfile: BANK,
    facts: { severity: 'high' },
    start: DETECTED,
    startField: 'detected',
    deadlineMinutes: 24 * 60,
    under: { severity: 'medium' },
    over: { severity: 'high' },
  },
];

describe('the obligations table', () => {
  it('has a test case for every row, and a version string', () => {
    expect(CASES.map((c) => c.id).sort()).toEqual(OBLIGATION_RULES.map((r) => r.id).sort());
    expect(OBLIGATION_RULES_VERSION).toMatch(/\S/);
  });

  it('returns plain JSON data (no Date objects or functions)', () => {
    const out = evaluateObligations(BANK, incident(CASES[0]!.facts), NOW);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    expect(out.rulesVersion).toBe(OBLIGATION_RULES_VERSION);
    expect(out.evaluatedAt).toBe(NOW);
  });

  it('says "not determined" for every obligation when the client has no profile', () => {
    const out = evaluateObligations(undefined, incident(), NOW);
    expect(out.profile).toBe(false);
    expect(new Set(out.obligations.map((o) => o.status))).toEqual(new Set(['not-determined']));
  });
});

describe.each(CASES)('$id ($citation)', (c) => {
  const notices = (at: string) => ({ notices: { [c.id]: at } });

  it('applies, with its citation and start event', () => {
    const r = result(c.profile, incident(c.facts), c.id);
    expect(r.citation).toBe(c.citation);
    expect(r.start).toBe(c.start);
    expect(r.startField).toBe(c.startField);
    expect(['pending', 'overdue', 'not-recorded']).toContain(r.status);
  });

  it('does not apply to a profile outside its scope', () => {
    const r = result(c.otherProfile, incident(c.facts), c.id);
    expect(r.status).toBe('not-applicable');
    expect(r.reason).not.toBe('');
  });

  if (c.deadlineMinutes !== undefined) {
    const deadline = plus(c.start, c.deadlineMinutes);

    it('is met by notice exactly at the deadline', () => {
      const r = result(c.profile, incident({ ...c.facts, ...notices(deadline) }), c.id);
      expect(r.deadline).toBe(deadline);
      expect(r.status).toBe('met');
      expect(r.tookMinutes).toBe(c.deadlineMinutes);
    });

    it('is late by one minute for notice one minute after', () => {
      const r = result(c.profile, incident({ ...c.facts, ...notices(plus(deadline, 1)) }), c.id);
      expect(r.status).toBe('late');
      expect(r.lateByMinutes).toBe(1);
    });

    it('is pending before the deadline, with the time left', () => {
      const now = plus(deadline, -90);
      const r = result(c.profile, incident(c.facts), c.id, now);
      expect(r.status).toBe('pending');
      expect(r.timeLeftMinutes).toBe(90);
    });

    it('is still pending exactly at the deadline, with no time left', () => {
      const r = result(c.profile, incident(c.facts), c.id, deadline);
      expect(r.status).toBe('pending');
      expect(r.timeLeftMinutes).toBe(0);
    });

    it('is overdue one minute after the deadline with no notice', () => {
      const r = result(c.profile, incident(c.facts), c.id, plus(deadline, 1));
      expect(r.status).toBe('overdue');
      expect(r.lateByMinutes).toBe(1);
    });

    it('is overdue after the deadline with no notice', () => {
      const r = result(c.profile, incident(c.facts), c.id, plus(deadline, 60));
      expect(r.status).toBe('overdue');
      expect(r.lateByMinutes).toBe(60);
    });
  } else {
    it('has no fixed deadline: met with how long it took, or no notice recorded', () => {
      const given = plus(c.start, 125);
      const met = result(c.profile, incident({ ...c.facts, ...notices(given) }), c.id);
      expect(met.deadline).toBeUndefined();
      expect(met.status).toBe('met');
      expect(met.tookMinutes).toBe(125);
      expect(result(c.profile, incident(c.facts), c.id).status).toBe('not-recorded');
    });
  }

  if (c.under && c.over) {
    it('does not apply just under the threshold, and applies just over', () => {
      expect(result(c.profile, incident({ ...c.facts, ...c.under }), c.id).status).toBe(
        'not-applicable',
      );
      expect(result(c.profile, incident({ ...c.facts, ...c.over }), c.id).status).not.toMatch(
        /^not-(applicable|determined)$/,
      );
    });
  }

  if (c.unknownWithout) {
    it(`is not determined when ${c.unknownWithout} is not recorded`, () => {
      const facts: Record<string, unknown> = { ...c.facts };
      delete facts[c.unknownWithout!];
      if (c.unknownWithout === 'disruption_hours') facts.disruption_hours = 2;
      const r = result(c.profile, incident(facts), c.id);
      expect(r.status).toBe('not-determined');
    });
  }
});

describe('start events', () => {
  it('counts discovery from the earlier of the client knowing and the provider detecting', () => {
    const i = incident({ ...PHI, people_affected: 3, discovered: undefined });
    expect(result(CLINIC, i, 'hipaa-individuals').start).toBe(DETECTED);
    const earlier = incident({ ...PHI, people_affected: 3, discovered: DISCOVERED });
    expect(result(CLINIC, earlier, 'hipaa-individuals').start).toBe(DISCOVERED);
  });

  it('falls back to detection, and says so, when no determination is recorded', () => {
    const r = result(BANK, incident({ reportable: true }), 'bank-regulator');
    expect(r.start).toBe(DETECTED);
    expect(r.startField).toBe('detected');
    expect(r.startNote).toMatch(/no determined reportable recorded/);
  });

  it('reads an older incident’s regulator_notified and client_notified fields', () => {
    const given = plus(DETERMINED, 600);
    const r = result(
      CU,
      incident({ reportable: true, determined_reportable: DETERMINED, regulator_notified: given }),
      'ncua',
    );
    expect(r).toMatchObject({ status: 'met', noticeField: 'regulator_notified', tookMinutes: 600 });
  });

  it('reads the SAR decision time as the SAR obligation’s notice', () => {
    const r = result(
      BANK,
      incident({ suspicious_activity: true, sar_decided: plus(DETECTED, 60 * 24 * 10) }),
      'sar-decision',
    );
    expect(r).toMatchObject({ status: 'met', noticeField: 'sar_decided' });
  });

  it('takes the BAA’s shorter term for the business associate', () => {
    const short = profile({
      institution: 'hipaa-covered-entity',
      business_associate: true,
      baa_notice_days: 10,
    });
    const r = result(
      short,
      incident({ data_kinds: ['phi'], data_encrypted: false, data_exposure: 'acquired' }),
      'hipaa-business-associate',
    );
    expect(r.deadline).toBe(plus(DETECTED, 10 * 24 * 60));
    expect(r.deadlineText).toBe('10 days');
  });

  it('excludes announced scheduled maintenance from the bank service-provider rule', () => {
    const r = result(
      BANK,
      incident({ disruption_hours: 6, planned_maintenance: true }),
      'bank-service-provider',
    );
    expect(r.status).toBe('not-applicable');
  });

  it('applies the bank service-provider rule when 4 hours was likely though less happened', () => {
    const r = result(
      BANK,
      incident({ disruption_hours: 1, disruption_likely_4h: true }),
      'bank-service-provider',
    );
    expect(r.status).toBe('not-recorded');
  });
});

/**
 * Named scenarios with the deadline written out as a date, not recomputed from the table:
 * a change to the FTC's 30 days or HIPAA's 60 days fails here even if the table-driven
 * cases above were changed with it.
 */
describe('a wealth manager’s breach of 500 consumers’ customer information (16 CFR 314.4(j))', () => {
  const breach = (fields: Record<string, unknown> = {}) =>
    incident({
      reportable: true,
      data_kinds: ['customer-information'],
      data_exposure: 'acquired',
      data_encrypted: false,
      people_affected: 500,
      discovered: '2026-10-04T08:00:00.000Z',
      ...fields,
    });
  const FTC_FIRM = profile({ institution: 'ftc-financial-institution' });

  it.each([
    ['a state-registered adviser', STATE_ADVISER],
    ['another FTC-covered financial institution', FTC_FIRM],
  ])('for %s, notice to the FTC is due 30 days after discovery', (_who, p) => {
    const r = result(p, breach(), 'ftc-safeguards');
    expect(r).toMatchObject({
      notify: 'the FTC',
      citation: '16 CFR 314.4(j)',
      start: '2026-10-04T08:00:00.000Z',
      startField: 'discovered',
      deadline: '2026-11-03T08:00:00.000Z',
      deadlineText: '30 days',
    });
  });

  it('is met by notice on the 30th day at the minute of discovery, and late a minute after', () => {
    const at = (t: string) =>
      result(STATE_ADVISER, breach({ notices: { 'ftc-safeguards': t } }), 'ftc-safeguards');
    expect(at('2026-11-03T08:00:00.000Z').status).toBe('met');
    expect(at('2026-11-03T08:01:00.000Z')).toMatchObject({ status: 'late', lateByMinutes: 1 });
  });

  it('is pending at the deadline itself and overdue a minute later', () => {
    const on = (now: string) => result(STATE_ADVISER, breach(), 'ftc-safeguards', now);
    expect(on('2026-11-03T08:00:00.000Z')).toMatchObject({
      status: 'pending',
      timeLeftMinutes: 0,
    });
    expect(on('2026-11-03T08:01:00.000Z')).toMatchObject({ status: 'overdue', lateByMinutes: 1 });
  });

  it('does not arise for 499 consumers, or for an SEC-registered adviser', () => {
    expect(result(STATE_ADVISER, breach({ people_affected: 499 }), 'ftc-safeguards').status).toBe(
      'not-applicable',
    );
    expect(result(SEC, breach(), 'ftc-safeguards')).toMatchObject({
      status: 'not-applicable',
      outOfScope: true,
    });
  });
});

describe('a healthcare group’s breach of unsecured PHI (45 CFR 164.404)', () => {
  const breach = (fields: Record<string, unknown> = {}) =>
    incident({ ...PHI, people_affected: 12, ...fields });

  it('owes each individual notice within 60 days of discovery', () => {
    expect(result(CLINIC, breach(), 'hipaa-individuals')).toMatchObject({
      notify: 'each affected individual',
      citation: '45 CFR 164.404',
      start: DISCOVERED,
      startField: 'discovered',
      deadline: '2026-12-03T08:00:00.000Z',
      deadlineText: '60 days',
    });
  });

  it('is met by notice on the 60th day at the minute of discovery, and late a minute after', () => {
    const at = (t: string) =>
      result(CLINIC, breach({ notices: { 'hipaa-individuals': t } }), 'hipaa-individuals');
    expect(at('2026-12-03T08:00:00.000Z').status).toBe('met');
    expect(at('2026-12-03T08:01:00.000Z')).toMatchObject({ status: 'late', lateByMinutes: 1 });
  });

  it('is pending at the deadline itself and overdue a minute later', () => {
    const on = (now: string) => result(CLINIC, breach(), 'hipaa-individuals', now);
    expect(on('2026-12-03T08:00:00.000Z')).toMatchObject({
      status: 'pending',
      timeLeftMinutes: 0,
    });
    expect(on('2026-12-03T08:01:00.000Z')).toMatchObject({ status: 'overdue', lateByMinutes: 1 });
  });

  it('does not arise when the PHI was encrypted', () => {
    expect(result(CLINIC, breach({ data_encrypted: true }), 'hipaa-individuals').status).toBe(
      'not-applicable',
    );
  });
});

describe('edges of the engine', () => {
  it('writes a deadline of whole days from a week up in days, and shorter ones in hours', () => {
    expect(deadlineText({ kind: 'hours', hours: 24 * 7 })).toBe('7 days');
    expect(deadlineText({ kind: 'hours', hours: 24 * 6 })).toBe('144 hours');
    expect(deadlineText({ kind: 'hours', hours: 24 * 7 + 1 })).toBe('169 hours');
    expect(deadlineText({ kind: 'asap' })).toBe('as soon as possible');
    expect(deadlineText({ kind: 'after-year-end', days: 60 })).toBe(
      '60 days after the calendar year ends',
    );
  });

  it('counts a notice 40 seconds after the deadline as late by a minute', () => {
    const facts = { reportable: true, determined_reportable: DETERMINED };
    const due = plus(DETERMINED, 36 * 60);
    const late = new Date(Date.parse(due) + 40_000).toISOString();
    const r = result(
      BANK,
      incident({ ...facts, notices: { 'bank-regulator': late } }),
      'bank-regulator',
    );
    expect(r).toMatchObject({ status: 'late', lateByMinutes: 1, tookMinutes: 36 * 60 + 1 });
  });

  it('never calls a notice 20 seconds after the deadline "0 minutes late"', () => {
    const facts = { reportable: true, determined_reportable: DETERMINED };
    const due = plus(DETERMINED, 36 * 60);
    const late = new Date(Date.parse(due) + 20_000).toISOString();
    const r = result(
      BANK,
      incident({ ...facts, notices: { 'bank-regulator': late } }),
      'bank-regulator',
    );
    expect(r).toMatchObject({ status: 'late', lateByMinutes: 1 });
  });

  it('owes no annual HHS log entry when nobody was affected', () => {
    const r = result(CLINIC, incident({ ...PHI, people_affected: 0 }), 'hipaa-hhs-annual');
    expect(r).toMatchObject({ status: 'not-applicable', reason: 'nobody was affected' });
  });

  it('rules out media notice from the total alone when it is 500 or fewer, and not above', () => {
    const media = (n: number) =>
      result(CLINIC, incident({ ...PHI, people_affected: n }), 'hipaa-media').status;
    expect(media(500)).toBe('not-applicable');
    expect(media(501)).toBe('not-determined');
  });

  it('records the instant it judged at in one ISO form', () => {
    const out = evaluateObligations(BANK, incident(), '2026-11-26T00:00:00Z');
    expect(out.evaluatedAt).toBe('2026-11-26T00:00:00.000Z');
  });
});
