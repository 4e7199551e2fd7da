import { describe, expect, it } from 'vitest';
import { clientBinders, evidenceFor, groupLabel } from '../../../src/lib/evidence/binder.ts';
import type { Binder, EvidenceStatus } from '../../../src/lib/evidence/types.ts';
import { clientOf, evidenceModel, TODAY } from './helpers.ts';

async function binder(client: string, framework = 'fixture-fw', today = TODAY): Promise<Binder> {
  const model = await evidenceModel();
  return evidenceFor(model, clientOf(model, client), framework, today);
}

function statuses(b: Binder): Record<string, EvidenceStatus> {
  return Object.fromEntries(b.rows.map((r) => [r.control.id, r.status]));
}

function row(b: Binder, id: string) {
  const found = b.rows.find((r) => r.control.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

describe('evidence binder status per control', () => {
  it('judges every fixture control for alpha-bank', async () => {
    expect(statuses(await binder('alpha-bank'))).toEqual({
      'GOV-1': 'designed',
      'GOV-2': 'designed',
      'PRO-1': 'gap',
      'PRO-2': 'designed',
      'DET-1': 'designed',
      'REC-1': 'designed',
      'AWR-1': 'designed',
    });
  });

  it('judges the same controls differently for a client with other services', async () => {
    expect(statuses(await binder('beta-clinic'))).toEqual({
      'GOV-1': 'designed',
      'GOV-2': 'designed',
      'PRO-1': 'gap',
      'PRO-2': 'designed',
      'DET-1': 'designed',
      'REC-1': 'designed',
      'AWR-1': 'gap',
    });
  });

  it('has totals that add up to the rows', async () => {
    const b = await binder('alpha-bank');
    expect(b.totals).toEqual({
      operating: 0,
      designed: 6,
      gap: 1,
      'not-applicable': 0,
      exception: 0,
      total: 7,
    });
    expect(b.groups.flatMap((g) => g.rows)).toHaveLength(b.rows.length);
  });

  it('gives one binder per framework the client is held to, in its order', async () => {
    const model = await evidenceModel();
    const binders = clientBinders(model, clientOf(model, 'alpha-bank'), TODAY);
    expect(binders.map((b) => b.framework.id)).toEqual(['fixture-fw', 'fixture-two']);
    expect(binders[1]!.totals).toEqual({
      operating: 0,
      designed: 1,
      gap: 1,
      'not-applicable': 0,
      exception: 0,
      total: 2,
    });
  });

  it('says what to look at on a designed control: an overdue policy review and a matrix gap', async () => {
    const pro2 = row(await binder('alpha-bank'), 'PRO-2');
    expect(pro2.reasons.map((r) => r.kind).sort()).toEqual(['matrix-gap', 'policy-review']);
    expect(pro2.reasons.find((r) => r.kind === 'policy-review')?.text).toContain(
      'Fixture Change Policy',
    );
  });

  it('flags a designed control when its shared runbook is past its test cycle', async () => {
    const rec1 = row(await binder('alpha-bank'), 'REC-1');
    expect(rec1.reasons.map((r) => r.kind)).toEqual(['runbook-test']);
    expect(rec1.runbooks.map((r) => r.runbook.id)).toEqual(['restore-drill']);
  });

  it('flags a designed control when no recent report measured its service KPIs', async () => {
    const awr1 = row(await binder('alpha-bank'), 'AWR-1');
    expect(awr1.services.map((s) => s.service.id)).toEqual(['awareness']);
    expect(awr1.reports).toEqual([]);
    expect(awr1.reasons.map((r) => r.kind)).toEqual(['no-recent-report']);
  });

  it('flags a designed control when only a matrix row records it', async () => {
    const gov2 = row(await binder('alpha-bank'), 'GOV-2');
    expect(gov2.activities.map((a) => a.row.activity.id)).toEqual(['assess-risk']);
    expect(gov2.reasons.map((r) => r.kind)).toEqual(['only-assigned']);
  });

  it('lists staff-only policies and runbooks without counting them', async () => {
    const pro1 = row(await binder('alpha-bank'), 'PRO-1');
    expect(pro1.status).toBe('gap');
    expect(pro1.policies).toEqual([]);
    expect(pro1.staffOnly.policies.map((p) => p.policy.id)).toEqual(['technician-credentials']);
    expect(pro1.staffOnly.runbooks.map((r) => r.runbook.id)).toEqual(['credential-rotation']);
  });

  it('never lists a runbook shared only with another client', async () => {
    const rec1 = row(await binder('beta-clinic'), 'REC-1');
    expect(rec1.runbooks).toEqual([]);
    expect(rec1.staffOnly.runbooks).toEqual([]);
  });

  it("names who is Responsible in the client's own matrix", async () => {
    const alpha = row(await binder('alpha-bank'), 'PRO-2');
    const core = alpha.activities.find((a) => a.row.activity.id === 'patch-core-system');
    // alpha-bank's override gives the core host to its vendor.
    expect(core?.responsible).toEqual([
      { party: 'vendor', partyName: 'Third-party vendor', person: 'Vic Corevendor' },
    ]);
  });

  it('lists published reports of the window whose KPIs speak to the control', async () => {
    const det1 = row(await binder('alpha-bank'), 'DET-1');
    // 2026-10 is a draft, so only August and September count; newest first.
    expect(det1.reports.map((r) => r.report.data.period)).toEqual(['2026-09', '2026-08']);
    expect(det1.reports[0]!.kpis.sort()).toEqual(['mtta_minutes', 'sla_attainment_pct']);
  });

  it("lists the policies the client may read: its own and the provider's shared ones", async () => {
    const gov1 = row(await binder('alpha-bank'), 'GOV-1');
    expect(gov1.policies.map((p) => p.policy.id).sort()).toEqual(['alpha-isp', 'security-policy']);
    const beta = row(await binder('beta-clinic'), 'GOV-1');
    expect(beta.policies.map((p) => p.policy.id)).toEqual(['security-policy']);
  });
});

describe('evidence binder against an injected today', () => {
  it('has nothing to look at where nothing was overdue yet', async () => {
    // On 2026-09-20 the restore drill was not yet due (2026-10-01), nor the change policy.
    const b = await binder('alpha-bank', 'fixture-fw', '2026-09-20');
    expect(row(b, 'REC-1').reasons).toEqual([]);
    expect(row(b, 'PRO-2').reasons.map((r) => r.kind)).toEqual(['matrix-gap']);
  });

  it('flags monitoring evidence once its reports are older than three months', async () => {
    // In March 2027 the newest published report (September 2026) is six months old.
    const b = await binder('alpha-bank', 'fixture-fw', '2027-03-10');
    const det1 = row(b, 'DET-1');
    expect(det1.status).toBe('designed');
    expect(det1.reasons.map((r) => r.kind)).toEqual(['no-recent-report']);
  });

  it('drops reports older than twelve months from the binder', async () => {
    const b = await binder('alpha-bank', 'fixture-fw', '2027-09-15');
    expect(row(b, 'DET-1').reports.map((r) => r.report.data.period)).toEqual(['2026-09']);
  });
});

describe('a control group’s label', () => {
  it('puts the id before a title that does not name it', () => {
    expect(groupLabel({ id: 'II.C', title: 'Risk mitigation' })).toBe('II.C Risk mitigation');
    expect(groupLabel({ id: 'governance', title: 'Governance' })).toBe('Governance');
  });

  it('does not repeat an id the title already names ("A Appendix A")', () => {
    expect(groupLabel({ id: 'A', title: 'Appendix A — Guidelines for safeguarding' })).toBe(
      'Appendix A — Guidelines for safeguarding',
    );
    expect(groupLabel({ id: '748', title: 'Part 748 — Security program' })).toBe(
      'Part 748 — Security program',
    );
    expect(groupLabel({ id: 'A', title: 'Access — and more' })).toBe('A Access — and more');
  });
});
