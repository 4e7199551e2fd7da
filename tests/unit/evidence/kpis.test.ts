import { describe, expect, it } from 'vitest';
import { committedKpis, kpisByControl, measured } from '../../../src/lib/evidence/kpis.ts';
import { clientOf, evidenceModel } from './helpers.ts';

describe('KPI to control relation', () => {
  it('relates a KPI to the controls of the subscribed service that commits to it', async () => {
    const model = await evidenceModel();
    const kpis = kpisByControl(model, clientOf(model, 'beta-clinic'));
    expect(kpis.get('fixture-fw:REC-1')?.sort()).toEqual([
      'backup_success_pct',
      'restore_test_pass_pct',
    ]);
    expect(kpis.get('fixture-fw:DET-1')?.sort()).toEqual(['mtta_minutes', 'sla_attainment_pct']);
  });

  it('ignores services the client does not subscribe to', async () => {
    const model = await evidenceModel();
    const kpis = kpisByControl(model, clientOf(model, 'alpha-bank'));
    expect(kpis.has('fixture-fw:REC-1')).toBe(false);
  });

  it("counts a KPI a client's contract adds to a service", async () => {
    const model = await evidenceModel((raw) => {
      const alpha = raw.clients.find((c) => c.id === 'alpha-bank')!;
      alpha.data.services
        .find((s) => s.service === 'monitoring')!
        .targets.push({
          kpi: 'edr_coverage_pct',
          target: 99,
        });
    });
    const committed = committedKpis(model, clientOf(model, 'alpha-bank'));
    expect(committed.get('monitoring')).toContain('edr_coverage_pct');
    expect(kpisByControl(model, clientOf(model, 'alpha-bank')).get('fixture-fw:DET-1')).toContain(
      'edr_coverage_pct',
    );
  });

  it('keeps only the KPIs a month has a value for', async () => {
    const model = await evidenceModel();
    const report = model.reportsByClient.get('alpha-bank')![0]!;
    // Alpha ran no phishing simulation, so the click rate has no value that month.
    expect(measured(report.data.metrics, ['phish_click_pct', 'mtta_minutes'])).toEqual([
      'mtta_minutes',
    ]);
  });
});
