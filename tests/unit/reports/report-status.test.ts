import { describe, expect, it } from 'vitest';
import { readFrozenStatuses } from '../../../src/lib/records/frozen-report.ts';
import { reportStatus } from '../../../src/lib/reports/report-status.ts';
import { EVIDENCE_FIXTURE, evidenceModel } from '../evidence/helpers.ts';

describe('reportStatus', () => {
  it('takes a published report from its snapshot and scores a draft against today’s targets', async () => {
    const lowered = await evidenceModel((raw) => {
      const alpha = raw.clients.find((c) => c.id === 'alpha-bank')!;
      const patching = alpha.data.services.find((s) => s.service === 'patching')!;
      patching.targets = [{ kpi: 'patch_compliance_pct', target: 50 }];
    });
    const plain = await evidenceModel();
    const frozen = await readFrozenStatuses(EVIDENCE_FIXTURE, plain.reports);
    const find = (model: typeof plain, id: string) => model.reports.find((r) => r.id === id)!;

    const published = 'alpha-bank/2026-09';
    expect(reportStatus(lowered, find(lowered, published), frozen)).toEqual(
      reportStatus(plain, find(plain, published), frozen),
    );

    const draft = 'alpha-bank/2026-10';
    const before = reportStatus(plain, find(plain, draft), frozen);
    const after = reportStatus(lowered, find(lowered, draft), frozen);
    const patchScore = (s: typeof before) =>
      s.scores.find((k) => k.def.id === 'patch_compliance_pct')?.target?.target;
    expect(patchScore(before)).not.toBe(50);
    expect(patchScore(after)).toBe(50);
  });
});
