import { describe, expect, it } from 'vitest';
import { checkReports } from '../../../src/lib/reports/checks/index.ts';
import type { RawContent } from '../../../src/lib/model/types.ts';
import type { Report } from '../../../src/schemas/index.ts';
import { fixtureModel, TODAY } from '../helpers/fixture.ts';

const AUG = 'clients/alpha-bank/reports/2026-08.mdx';
const SEP = 'clients/alpha-bank/reports/2026-09.mdx';
const OCT = 'clients/alpha-bank/reports/2026-10.mdx';

async function problemsAfter(change: (reports: Map<string, Report>) => void) {
  const model = await fixtureModel((raw: RawContent) =>
    change(new Map(raw.reports.map((r) => [r.file, r.data]))),
  );
  return checkReports(model, TODAY);
}

describe('report checks', () => {
  it('accept the fixture', async () => {
    expect(await problemsAfter(() => {})).toEqual([]);
  });

  it('name the file and the incident field of an impossible timeline', async () => {
    const problems = await problemsAfter((r) => {
      r.get(SEP)!.incidents = [
        {
          id: 'INC-9',
          title: 'Test',
          severity: 'low',
          summary: 'Test incident.',
          detected: '2026-09-10T15:00:00.000Z',
          contained: '2026-09-10T16:00:00.000Z',
          resolved: '2026-09-10T14:00:00.000Z',
          disruption_hours: 0,
          reportable: false,
          planned_maintenance: false,
          notices: {},
        },
      ];
    });
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'incidents/timeline',
        file: SEP,
        path: ['incidents', 0, 'resolved'],
      }),
    ]);
  });

  it('reject a part larger than its whole', async () => {
    const problems = await problemsAfter((r) => {
      r.get(SEP)!.metrics.backup_jobs_succeeded = 301;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        rule: 'reports/metrics-add-up',
        file: SEP,
        path: ['metrics', 'backup_jobs_succeeded'],
      }),
    );
  });

  it('warn when open vulnerabilities do not follow from last month', async () => {
    const problems = await problemsAfter((r) => {
      r.get(SEP)!.metrics.vulns_medium_open = 40;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        rule: 'reports/vulns-add-up',
        file: SEP,
        path: ['metrics', 'vulns_medium_open'],
        found: '40',
        expected: 'about 19 (20 open last month + 5 new − 6 remediated)',
      }),
    );
  });

  it('tolerate a small drift in open vulnerabilities (scanners re-score findings)', async () => {
    const problems = await problemsAfter((r) => {
      r.get(SEP)!.metrics.vulns_medium_open = 21;
    });
    expect(problems).toEqual([]);
  });

  it('warn when an open recommendation is dropped without being closed', async () => {
    const problems = await problemsAfter((r) => {
      r.get(OCT)!.recommendations = [];
    });
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'reports/carry-forward',
        file: OCT,
        message: expect.stringContaining('"enable-mfa-vpn"'),
      }),
    ]);
  });

  it('warn when a carried recommendation changes the month it was raised', async () => {
    const problems = await problemsAfter((r) => {
      r.get(OCT)!.recommendations[0]!.raised = '2026-10';
    });
    expect(problems).toEqual([
      expect.objectContaining({
        rule: 'reports/carry-forward',
        path: ['recommendations', 0, 'raised'],
        found: '"2026-10"',
      }),
    ]);
  });

  it('reject a recommendation raised after the report’s month', async () => {
    const problems = await problemsAfter((r) => {
      r.get(AUG)!.recommendations[0]!.raised = '2026-09';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: AUG,
        path: ['recommendations', 0, 'raised'],
      }),
    );
  });

  it('reject a correction on a draft and a correction dated before publication', async () => {
    const problems = await problemsAfter((r) => {
      r.get(OCT)!.corrections = [
        { date: '2026-11-20', by: 'sam-staff', reason: 'Fixed a figure.' },
      ];
      r.get(SEP)!.corrections = [
        { date: '2026-10-01', by: 'sam-staff', reason: 'Fixed a figure.' },
      ];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'error', file: OCT, path: ['corrections', 0] }),
        expect.objectContaining({ severity: 'error', file: SEP, path: ['corrections', 0, 'date'] }),
      ]),
    );
  });
});
