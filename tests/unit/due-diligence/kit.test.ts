/** The kit against the basic fixture: CUECs in a client's matrix, documents, notices, staff attention. */
import { describe, expect, it } from 'vitest';
import { dueDiligenceAttention } from '../../../src/lib/due-diligence/attention.ts';
import { checkDueDiligence } from '../../../src/lib/due-diligence/checks.ts';
import { cuecsFor } from '../../../src/lib/due-diligence/cuecs.ts';
import { kindNote } from '../../../src/lib/due-diligence/facts.ts';
import { documentsFor, mayReceive } from '../../../src/lib/due-diligence/documents.ts';
import { noticeBasis, noticeTermsFor } from '../../../src/lib/due-diligence/notice-terms.ts';
import { dueDiligenceView } from '../../../src/lib/due-diligence/view.ts';
import type { RawContent } from '../../../src/lib/model/types.ts';
import { fixtureModel, TODAY } from '../helpers/fixture.ts';

function item(raw: RawContent, id: string) {
  return raw.dueDiligence.find((i) => i.id === id)!.data;
}

describe('CUECs in the client matrix', () => {
  it('names who carries each CUEC and flags the one the provider is Accountable for', async () => {
    const model = await fixtureModel();
    const lines = cuecsFor(model, model.clientsById.get('alpha-bank')!);
    expect(lines.map((l) => l.cuec.id)).toEqual([
      'cuec-program',
      'cuec-patch-windows',
      'cuec-alerts',
    ]);
    const program = lines[0]!;
    expect(program.rows[0]!.responsible).toEqual([
      expect.objectContaining({ party: 'internal-it', person: 'Ava Alphaadmin' }),
    ]);
    expect(program.gaps).toEqual([]);
    const alerts = lines[2]!;
    expect(alerts.gaps).toEqual([expect.stringContaining('provider is Accountable')]);
  });

  it("follows the client's own matrix: an override moves the work and the gap with it", async () => {
    const model = await fixtureModel((raw) => {
      raw.clients
        .find((c) => c.id === 'alpha-bank')!
        .data.matrix.overrides.push({
          activity: 'watch-alerts',
          raci: { 'internal-it': 'A', provider: 'R' },
          reason: 'The bank answers for alert response under its own program.',
          approved_by: { name: 'Lee Alphaleader', date: '2026-02-20' },
        });
    });
    const alpha = cuecsFor(model, model.clientsById.get('alpha-bank')!);
    const beta = cuecsFor(model, model.clientsById.get('beta-clinic')!);
    expect(alpha.find((l) => l.cuec.id === 'cuec-alerts')!.gaps).toEqual([]);
    expect(beta.find((l) => l.cuec.id === 'cuec-alerts')!.gaps).not.toEqual([]);
  });

  it('shows a CUEC mapped to no activity as a gap for every client', async () => {
    const model = await fixtureModel((raw) => {
      const soc = item(raw, 'soc-report');
      if (soc.kind === 'soc-report') soc.cuecs[0]!.activities = [];
    });
    const line = cuecsFor(model, model.clientsById.get('alpha-bank')!)[0]!;
    expect(line.rows).toEqual([]);
    expect(line.gaps).toEqual(['Not mapped to any activity of your matrix.']);
  });
});

describe('documents', () => {
  it('gives the SOC report only to the client with an NDA on file', async () => {
    const model = await fixtureModel();
    const access = (client: string) =>
      Object.fromEntries(
        documentsFor(model, model.clientsById.get(client)!).map((d) => [d.document.file, d.access]),
      );
    expect(access('alpha-bank')).toEqual({
      'soc-report.pdf': 'shared',
      'certificate.pdf': 'shared',
    });
    expect(access('beta-clinic')).toEqual({
      'soc-report.pdf': 'needs-nda',
      'certificate.pdf': 'shared',
    });
    expect(mayReceive(model, 'beta-clinic', 'soc-report.pdf')).toBe(false);
    expect(mayReceive(model, 'alpha-bank', 'soc-report.pdf')).toBe(true);
    expect(mayReceive(model, 'beta-clinic', 'no-such.pdf')).toBe(false);
  });

  it('keeps a document from clients shared_with does not name, and superseded items from all', async () => {
    const model = await fixtureModel((raw) => {
      item(raw, 'insurance').documents[0]!.shared_with = ['alpha-bank'];
      item(raw, 'soc-report').status = 'superseded';
    });
    expect(mayReceive(model, 'beta-clinic', 'certificate.pdf')).toBe(false);
    expect(mayReceive(model, 'alpha-bank', 'certificate.pdf')).toBe(true);
    expect(mayReceive(model, 'alpha-bank', 'soc-report.pdf')).toBe(false);
    expect(documentsFor(model, model.clientsById.get('beta-clinic')!)).toEqual([]);
  });

  it('treats nda_required on any document like a SOC report', async () => {
    const model = await fixtureModel((raw) => {
      item(raw, 'insurance').documents[0]!.nda_required = true;
    });
    expect(mayReceive(model, 'beta-clinic', 'certificate.pdf')).toBe(false);
  });
});

describe('notice terms', () => {
  it("gives each client the terms for its kind, with citations, and its contract's own term", async () => {
    const model = await fixtureModel((raw) => {
      const beta = raw.clients.find((c) => c.id === 'beta-clinic')!;
      beta.data.regulatory = {
        ...beta.data.regulatory!,
        contract_notice: { hours: 12, min_severity: 'high', reference: 'MSA-BETA §4' },
      };
    });
    const alpha = noticeTermsFor(model, model.clientsById.get('alpha-bank')!);
    expect(alpha.map((t) => t.citation)).toEqual([undefined, '12 CFR 304.24']);
    expect(noticeBasis(alpha[1]!)).toBe('Required by 12 CFR 304.24');
    const beta = noticeTermsFor(model, model.clientsById.get('beta-clinic')!);
    expect(beta.map((t) => t.citation ?? t.source)).toEqual([
      'kit',
      '45 CFR 164.410(b)',
      'contract',
    ]);
    expect(beta[2]!.commitment).toContain('within 12 hours');
    expect(beta[2]!.commitment).toContain('MSA-BETA §4');
  });
});

describe('the page and the dashboard', () => {
  it('counts statuses from the dates', async () => {
    const view = dueDiligenceView(
      await fixtureModel(),
      (await fixtureModel()).clientsById.get('alpha-bank')!,
      TODAY,
    );
    expect(view.counts).toEqual({ current: 4, expiring: 1, expired: 0 });
    expect(view.items.find((i) => i.item.id === 'insurance')).toMatchObject({
      status: 'expiring',
      expires: '2027-01-10',
      daysLeft: 45,
    });
    expect(view.cuecGaps).toBe(1);
    expect(view.ndaSigned).toBe('2025-02-01');
  });

  it('shows an expired item as expired, and lists it for staff with clients lacking an NDA', async () => {
    const model = await fixtureModel((raw) => {
      const dr = item(raw, 'dr-test');
      if (dr.kind === 'continuity-test') dr.date = '2025-10-01';
    });
    const view = dueDiligenceView(model, model.clientsById.get('beta-clinic')!, TODAY);
    expect(view.items.find((i) => i.item.id === 'dr-test')!.status).toBe('expired');
    const attention = dueDiligenceAttention(model, TODAY);
    expect(attention.expiring.map((s) => [s.item.id, s.status])).toEqual([
      ['dr-test', 'expired'],
      ['insurance', 'expiring'],
    ]);
    expect(attention.ndaMissing).toEqual([
      { client: 'beta-clinic', name: 'Beta Canary Clinic', documents: ['Fixture SOC 2 report'] },
    ]);
  });
});

describe('kit checks', () => {
  it('accepts the fixture kit', async () => {
    expect(checkDueDiligence(await fixtureModel(), TODAY)).toEqual([]);
  });

  it('rejects an item declared current after its expiry, at the field its expiry comes from', async () => {
    const model = await fixtureModel((raw) => {
      const dr = item(raw, 'dr-test');
      dr.status = 'current';
      if (dr.kind === 'continuity-test') dr.date = '2025-10-01';
    });
    expect(checkDueDiligence(model, TODAY)).toEqual([
      expect.objectContaining({
        rule: 'due-diligence/expired-current',
        severity: 'error',
        file: 'provider/due-diligence/dr-test.yaml',
        path: ['date'],
      }),
    ]);
  });

  it('rejects a SOC report named for a client with no NDA', async () => {
    const model = await fixtureModel((raw) => {
      item(raw, 'soc-report').documents[0]!.shared_with = ['alpha-bank', 'beta-clinic'];
    });
    expect(checkDueDiligence(model, TODAY)).toEqual([
      expect.objectContaining({
        rule: 'due-diligence/nda-required',
        path: ['documents', 0, 'shared_with', 1],
      }),
    ]);
  });
});

describe('kindNote', () => {
  it('names the kind under a title only when the title does not already say it', () => {
    expect(kindNote({ kind: 'insurance', title: 'Cyber liability insurance' })).toBeUndefined();
    expect(kindNote({ kind: 'subprocessors', title: 'Subprocessors' })).toBeUndefined();
    expect(kindNote({ kind: 'soc-report', title: 'SOC 2 Type II' })).toBe('Audit report');
  });
});
