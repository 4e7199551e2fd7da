import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { evidenceFor } from '../../../src/lib/evidence/binder.ts';
import { BINDER_CSV_HEADER, binderCsv } from '../../../src/lib/evidence/export.ts';
import { clientOf, evidenceModel, TODAY } from './helpers.ts';

async function csvOf(change?: Parameters<typeof evidenceModel>[0]): Promise<string[][]> {
  const model = await evidenceModel(change);
  const text = binderCsv(evidenceFor(model, clientOf(model, 'alpha-bank'), 'fixture-fw', TODAY));
  return parse(text) as string[][];
}

describe('binder CSV', () => {
  it('has a header and one row per control, with the status of each', async () => {
    const rows = await csvOf();
    expect(rows[0]).toEqual([...BINDER_CSV_HEADER]);
    expect(rows.slice(1).map((r) => [r[2], r[4]])).toEqual([
      ['GOV-1', 'Designed'],
      ['GOV-2', 'Designed'],
      ['PRO-1', 'Gap'],
      ['PRO-2', 'Designed'],
      ['AWR-1', 'Designed'],
      ['DET-1', 'Designed'],
      ['REC-1', 'Designed'],
    ]);
  });

  it('never names a staff-only policy or runbook (the file sits in the client folder)', async () => {
    const text = (await csvOf()).flat().join('\n');
    expect(text).not.toContain('Technician Credential');
    expect(text).not.toContain('Credential Rotation');
  });

  it('neutralises cells a spreadsheet would run as a formula', async () => {
    const rows = await csvOf((raw) => {
      raw.policies.find((p) => p.id === 'alpha-isp')!.data.title = '=HYPERLINK("http://x")';
    });
    const gov1 = rows.find((r) => r[2] === 'GOV-1')!;
    expect(gov1[9]).toMatch(/^'=HYPERLINK/);
  });
});
