import { describe, expect, it } from 'vitest';
import { readFrozenStatuses } from '../../../src/lib/records/frozen-report.ts';
import { latestReportScore, scoreReport } from '../../../src/lib/reports/report-status.ts';
import { EVIDENCE_FIXTURE, evidenceModel } from '../evidence/helpers.ts';

describe('scoreReport', () => {
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
    expect(scoreReport(lowered, find(lowered, published), frozen)).toEqual(
      scoreReport(plain, find(plain, published), frozen),
    );

    const draft = 'alpha-bank/2026-10';
    const before = scoreReport(plain, find(plain, draft), frozen);
    const after = scoreReport(lowered, find(lowered, draft), frozen);
    const patchScore = (s: typeof before) =>
      s.scores.find((k) => k.def.id === 'patch_compliance_pct')?.target?.target;
    expect(patchScore(before)).not.toBe(50);
    expect(patchScore(after)).toBe(50);
  });

  it('scores a client’s latest published report from its snapshot, never its newer draft', async () => {
    const model = await evidenceModel();
    const frozen = await readFrozenStatuses(EVIDENCE_FIXTURE, model.reports);
    const latest = latestReportScore(model, 'alpha-bank', frozen);
    expect(latest?.report.id).toBe('alpha-bank/2026-09');
    expect(latest?.status).toBe(frozen.get(latest!.report.file)!.status);
    expect(latest?.counts).toEqual(frozen.get(latest!.report.file)!.counts);
  });

  it('has nothing to score for a client with no published report', async () => {
    const model = await evidenceModel((raw) => {
      for (const r of raw.reports) if (r.data.client === 'alpha-bank') r.data.status = 'draft';
    });
    expect(latestReportScore(model, 'alpha-bank', new Map())).toBeUndefined();
  });
});
