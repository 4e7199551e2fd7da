import { describe, expect, it } from 'vitest';
import {
  regulatoryProfile,
  type Incident,
  type RegulatoryProfile,
} from '../../../src/schemas/index.ts';
import { timelineIssues } from '../../../src/lib/reports/incidents.ts';
import { addDays } from '../../../src/lib/dates.ts';

const TODAY = '2026-11-26';
const iso = (local: string) => new Date(local).toISOString();

function incident(change: Partial<Incident> = {}): Incident {
  return {
    id: 'INC-1',
    title: 'Mailbox compromise',
    severity: 'high',
    summary: 'A mailbox was accessed by an outside party.',
    detected: iso('2026-08-11T10:42:00-05:00'),
    client_notified: iso('2026-08-11T10:58:00-05:00'),
    contained: iso('2026-08-11T11:24:00-05:00'),
    resolved: iso('2026-08-14T16:00:00-05:00'),
    disruption_hours: 0,
    reportable: false,
    planned_maintenance: false,
    notices: {},
    ...change,
  };
}

const profile = (institution: string): RegulatoryProfile =>
  regulatoryProfile.parse({ institution, customer_states: ['IA'] });
const CU = profile('federally-insured-credit-union');
const BANK = profile('state-nonmember-bank');

const issues = (i: Incident, p: RegulatoryProfile | undefined = CU) =>
  timelineIssues(i, '2026-08', TODAY, p);
const errors = (i: Incident) => issues(i).filter((x) => x.severity === 'error');

describe('incident timeline', () => {
  it('accepts a possible timeline', () => {
    expect(issues(incident())).toEqual([]);
  });

  it('rejects containment before detection, naming the field', () => {
    expect(errors(incident({ contained: iso('2026-08-11T10:00:00-05:00') }))).toEqual([
      expect.objectContaining({ rule: 'incidents/timeline', field: 'contained' }),
    ]);
  });

  it('rejects resolution before containment', () => {
    expect(errors(incident({ resolved: iso('2026-08-11T11:00:00-05:00') }))).toEqual([
      expect.objectContaining({
        field: 'resolved',
        message: expect.stringContaining('before it was contained'),
      }),
    ]);
  });

  it('rejects resolution before detection when nothing was contained', () => {
    expect(
      errors(incident({ contained: undefined, resolved: iso('2026-08-10T09:00:00-05:00') })),
    ).toEqual([
      expect.objectContaining({
        field: 'resolved',
        message: expect.stringContaining('before it was detected'),
      }),
    ]);
  });

  it('rejects a client notice before detection', () => {
    expect(errors(incident({ client_notified: iso('2026-08-11T10:00:00-05:00') }))).toEqual([
      expect.objectContaining({ field: 'client_notified' }),
    ]);
  });

  it('rejects a regulator notice before the incident was judged reportable', () => {
    const found = errors(
      incident({
        reportable: true,
        determined_reportable: iso('2026-08-11T17:30:00-05:00'),
        regulator_notified: iso('2026-08-11T12:00:00-05:00'),
      }),
    );
    expect(found).toEqual([expect.objectContaining({ field: 'regulator_notified' })]);
  });

  it('allows detection a few days before the month, not weeks', () => {
    expect(
      errors(
        incident({
          detected: iso('2026-07-28T09:00:00-05:00'),
          client_notified: undefined,
          contained: undefined,
        }),
      ),
    ).toEqual([]);
    expect(errors(incident({ detected: iso('2026-07-10T09:00:00-05:00') }))).toEqual([
      expect.objectContaining({ rule: 'incidents/period', field: 'detected' }),
    ]);
  });

  it('rejects detection after the month ended', () => {
    const late = iso('2026-09-05T09:00:00-05:00');
    expect(
      errors(incident({ detected: late, client_notified: late, contained: late, resolved: late })),
    ).toEqual([expect.objectContaining({ rule: 'incidents/period', field: 'detected' })]);
  });

  it('rejects a time in the future', () => {
    expect(errors(incident({ resolved: iso('2026-12-20T09:00:00-06:00') }))).toEqual([
      expect.objectContaining({ rule: 'incidents/future', field: 'resolved' }),
    ]);
  });

  it('requires a bank’s client notice after 4 hours of disruption, not after 3.9', () => {
    const bankErrors = (i: Incident) => issues(i, BANK).filter((x) => x.severity === 'error');
    expect(bankErrors(incident({ disruption_hours: 4, client_notified: undefined }))).toEqual([
      expect.objectContaining({
        rule: 'incidents/client-notice',
        field: 'notices.bank-service-provider',
        message: expect.stringContaining('12 CFR 304.24'),
      }),
    ]);
    expect(bankErrors(incident({ disruption_hours: 3.9, client_notified: undefined }))).toEqual([]);
  });

  it('does not apply the bank service-provider rule to a credit union', () => {
    expect(errors(incident({ disruption_hours: 6, client_notified: undefined }))).toEqual([]);
  });

  it('rejects a notice for an obligation that does not exist, naming the key', () => {
    expect(
      errors(incident({ notices: { 'ncua-notice': iso('2026-08-12T09:15:00-05:00') } })),
    ).toEqual([expect.objectContaining({ rule: 'incidents/facts', field: 'notices.ncua-notice' })]);
  });

  it('rejects a notice in the future or before detection', () => {
    expect(errors(incident({ notices: { ncua: iso('2026-12-20T09:00:00-06:00') } }))).toEqual([
      expect.objectContaining({ rule: 'incidents/future', field: 'notices.ncua' }),
    ]);
    expect(errors(incident({ notices: { ncua: iso('2026-08-10T09:00:00-05:00') } }))).toEqual([
      expect.objectContaining({ rule: 'incidents/timeline', field: 'notices.ncua' }),
    ]);
  });

  it('rejects more people by state than in total, and a count by state with no total', () => {
    expect(errors(incident({ people_affected: 10, people_by_state: { IA: 8, NE: 4 } }))).toEqual([
      expect.objectContaining({ rule: 'incidents/facts', field: 'people_by_state', found: '12' }),
    ]);
    expect(errors(incident({ people_by_state: { IA: 8 } }))).toEqual([
      expect.objectContaining({ rule: 'incidents/facts', field: 'people_affected' }),
    ]);
  });

  it('rejects "none" beside other kinds of data, and people affected with no exposure', () => {
    expect(errors(incident({ data_kinds: ['none', 'phi'] }))).toEqual([
      expect.objectContaining({ rule: 'incidents/facts', field: 'data_kinds' }),
    ]);
    expect(errors(incident({ data_exposure: 'none', people_affected: 3 }))).toEqual([
      expect.objectContaining({ rule: 'incidents/facts', field: 'data_exposure' }),
    ]);
  });

  it('judges nothing without a regulatory profile', () => {
    expect(
      timelineIssues(
        incident({ reportable: true, disruption_hours: 9 }),
        '2026-08',
        TODAY,
        undefined,
      ),
    ).toEqual([]);
  });

  it('warns when a reportable incident has no regulator notice and the deadline passed', () => {
    const found = issues(
      incident({ reportable: true, determined_reportable: iso('2026-08-11T17:30:00-05:00') }),
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'incidents/regulator-notice',
        field: 'notices.ncua',
        message: expect.stringContaining('12 CFR 748.1(c)'),
      }),
    ]);
  });

  it.each<[string, RegulatoryProfile, Partial<Incident>, string, string, string]>([
    [
      'a wealth manager to the FTC',
      profile('state-registered-adviser'),
      {
        data_kinds: ['customer-information'],
        data_exposure: 'acquired',
        data_encrypted: false,
        people_affected: 500,
      },
      '2026-11-03',
      'notices.ftc-safeguards',
      '16 CFR 314.4(j)',
    ],
    [
      'a healthcare group to each individual',
      profile('hipaa-covered-entity'),
      {
        data_kinds: ['phi'],
        data_exposure: 'acquired',
        data_encrypted: false,
        people_affected: 12,
      },
      '2026-12-03',
      'notices.hipaa-individuals',
      '45 CFR 164.404',
    ],
  ])(
    'warns about %s only once the day of the deadline has passed',
    (_what, p, facts, lastDay, field, citation) => {
      const breach = incident({
        ...facts,
        reportable: true,
        detected: '2026-10-04T00:00:00.000Z',
        discovered: '2026-10-04T00:00:00.000Z',
        client_notified: '2026-10-04T01:00:00.000Z',
        contained: '2026-10-04T02:00:00.000Z',
        resolved: '2026-10-05T00:00:00.000Z',
      });
      const warnings = (today: string) =>
        timelineIssues(breach, '2026-10', today, p).filter(
          (x) => x.rule === 'incidents/regulator-notice',
        );
      expect(warnings(lastDay)).toEqual([]);
      expect(warnings(addDays(lastDay, 1))).toEqual([
        expect.objectContaining({
          severity: 'warning',
          field,
          message: expect.stringContaining(citation),
          expected: `${field} by ${lastDay}T00:00:00.000Z`,
        }),
      ]);
    },
  );

  it('warns about regulator fields on an incident that is not reportable', () => {
    expect(issues(incident({ regulator_notified: iso('2026-08-12T09:15:00-05:00') }))).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'regulator_notified' }),
    ]);
  });
});
