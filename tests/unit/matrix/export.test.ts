import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '../../../src/lib/formula.ts';
import { matrixCsv, matrixJson, matrixRecords } from '../../../src/lib/matrix/export.ts';
import { resolveMatrix } from '../../../src/lib/matrix/resolve.ts';
import { fixtureModel } from '../helpers/fixture.ts';

describe('matrix downloads', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const cell of ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    }
    expect(neutralizeFormula('Plain text')).toBe('Plain text');
  });

  it('writes an override reason that looks like a formula as text', async () => {
    const model = await fixtureModel((raw) => {
      raw.clients.find((c) => c.id === 'alpha-bank')!.data.matrix.overrides[0]!.reason =
        '=HYPERLINK("http://evil.test","click")';
    });
    const matrix = resolveMatrix(model, model.clientsById.get('alpha-bank')!);
    const [header, ...rows] = parse(matrixCsv(model, matrixRecords(model, matrix))) as string[][];
    const reason = rows.find((r) => r[1] === 'patch-core-system')![
      header!.indexOf('Override reason')
    ];
    expect(reason).toBe(`'=HYPERLINK("http://evil.test","click")`);
  });

  it('gives one row per activity with a column per party, the same in CSV and JSON', async () => {
    const model = await fixtureModel();
    const matrix = resolveMatrix(model, model.clientsById.get('alpha-bank')!);
    const records = matrixRecords(model, matrix);
    const [header, ...rows] = parse(matrixCsv(model, records)) as string[][];
    expect(header!.slice(5, 9)).toEqual([
      'Client internal IT',
      'Fixture Partners',
      'Third-party vendor',
      'Client leadership',
    ]);
    expect(rows).toHaveLength(6);
    const json = JSON.parse(matrixJson(model, matrix, 'Alpha Canary Bank')) as {
      activities: typeof records;
    };
    expect(json.activities.map((a) => [a.activity_id, a.letters.provider])).toEqual(
      rows.map((r) => [r[1], r[6]]),
    );
    const core = rows.find((r) => r[1] === 'patch-core-system')!;
    expect(core.slice(5, 9)).toEqual(['A', 'I', 'R', '']);
    expect(core[header!.indexOf('Responsible person')]).toBe('Vic Corevendor');
  });
});
