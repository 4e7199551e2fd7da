import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/schemas/index.ts';
import { incidentClocks } from '../../../src/lib/reports/clocks.ts';
import { timelineIssues } from '../../../src/lib/reports/incidents.ts';

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
    ...change,
  };
}

const issues = (i: Incident, industry: Parameters<typeof timelineIssues>[3] = 'credit-union') =>
  timelineIssues(i, '2026-08', TODAY, industry);
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

  it('requires a client notice after 4 hours of disruption, not after 3.9', () => {
    expect(errors(incident({ disruption_hours: 4, client_notified: undefined }))).toEqual([
      expect.objectContaining({ rule: 'incidents/client-notice', field: 'client_notified' }),
    ]);
    expect(errors(incident({ disruption_hours: 3.9, client_notified: undefined }))).toEqual([]);
  });

  it('warns when a reportable incident has no regulator notice and the deadline passed', () => {
    const found = issues(
      incident({ reportable: true, determined_reportable: iso('2026-08-11T17:30:00-05:00') }),
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'incidents/regulator-notice',
        field: 'regulator_notified',
      }),
    ]);
  });

  it('warns about regulator fields on an incident that is not reportable', () => {
    expect(issues(incident({ regulator_notified: iso('2026-08-12T09:15:00-05:00') }))).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'regulator_notified' }),
    ]);
  });
});

describe('notification clocks', () => {
  const now = '2026-11-26T00:00:00.000Z';
  const determined = iso('2026-08-11T17:30:00-05:00');

  it('gives a credit union 72 hours from the determination: met', () => {
    const [clock] = incidentClocks(
      incident({
        reportable: true,
        determined_reportable: determined,
        regulator_notified: iso('2026-08-12T09:15:00-05:00'),
      }),
      'credit-union',
      now,
    );
    expect(clock).toMatchObject({
      kind: 'regulator',
      citation: '12 CFR 748.1(c)',
      startField: 'determined_reportable',
      state: 'met',
    });
    expect(clock!.deadline).toBe(iso('2026-08-14T17:30:00-05:00'));
    expect(clock!.elapsedHours).toBeCloseTo(15.75);
  });

  it('calls a credit union notice after 72 hours late', () => {
    const [clock] = incidentClocks(
      incident({
        reportable: true,
        determined_reportable: determined,
        regulator_notified: iso('2026-08-14T18:00:00-05:00'),
      }),
      'credit-union',
      now,
    );
    expect(clock!.state).toBe('late');
  });

  it('runs the clock from detection when the determination is not recorded', () => {
    const [clock] = incidentClocks(incident({ reportable: true }), 'credit-union', now);
    expect(clock).toMatchObject({ startField: 'detected', state: 'missed' });
    expect(clock!.deadline).toBe(iso('2026-08-14T10:42:00-05:00'));
  });

  it('is open, not missed, while the deadline has not passed', () => {
    const [clock] = incidentClocks(
      incident({ reportable: true }),
      'credit-union',
      iso('2026-08-12T10:00:00-05:00'),
    );
    expect(clock!.state).toBe('pending');
  });

  it('gives a bank 36 hours', () => {
    const inside = incidentClocks(
      incident({
        reportable: true,
        determined_reportable: determined,
        regulator_notified: iso('2026-08-13T05:00:00-05:00'),
      }),
      'community-bank',
      now,
    );
    expect(inside).toEqual([expect.objectContaining({ citation: '86 FR 66424', state: 'met' })]);
    const outside = incidentClocks(
      incident({
        reportable: true,
        determined_reportable: determined,
        regulator_notified: iso('2026-08-13T06:00:00-05:00'),
      }),
      'community-bank',
      now,
    );
    expect(outside[0]!.state).toBe('late');
  });

  it('starts no regulator clock for an incident that is not reportable', () => {
    expect(incidentClocks(incident(), 'credit-union', now)).toEqual([]);
  });

  it('starts the client-notice clock at 4 hours of disruption', () => {
    const clocks = incidentClocks(incident({ disruption_hours: 4.6 }), 'community-bank', now);
    expect(clocks).toEqual([expect.objectContaining({ kind: 'client', state: 'met' })]);
    expect(clocks[0]!.deadline).toBeUndefined();
    expect(clocks[0]!.elapsedHours).toBeCloseTo(16 / 60);
  });
});
