import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricKeys } from '../../../src/schemas/index.ts';
import { closestMetricKey } from '../../../src/lib/reports/metrics-validate.ts';
import {
  parseMetricsCsv,
  parseMetricsFile,
  parseMetricsJson,
} from '../../../src/lib/reports/metrics-import.ts';

const EXAMPLE_CSV = resolve(import.meta.dirname, '../../../examples/metrics-2026-10.csv');
const EXAMPLE_JSON = resolve(import.meta.dirname, '../../../examples/metrics-2026-10.json');
const good = JSON.parse(readFileSync(EXAMPLE_JSON, 'utf8')) as Record<string, number>;

/** The example CSV with `row` replaced (or appended when the key is new). */
function csvWith(rows: Record<string, string>, drop: string[] = []): string {
  const lines = ['key,value'];
  for (const key of metricKeys) {
    if (drop.includes(key)) continue;
    lines.push(`${key},${key in rows ? rows[key] : String(good[key])}`);
  }
  for (const [key, value] of Object.entries(rows)) {
    if (!(metricKeys as readonly string[]).includes(key)) lines.push(`${key},${value}`);
  }
  return lines.join('\n') + '\n';
}

/** Line of `key` in csvWith's output (header is line 1). */
const lineOf = (key: string) => metricKeys.indexOf(key as (typeof metricKeys)[number]) + 2;

describe('metrics import', () => {
  it('reads the example CSV and JSON files to the same figures', () => {
    const csv = parseMetricsFile('examples/metrics-2026-10.csv', readFileSync(EXAMPLE_CSV, 'utf8'));
    const json = parseMetricsFile(
      'examples/metrics-2026-10.json',
      readFileSync(EXAMPLE_JSON, 'utf8'),
    );
    expect(csv.problems).toEqual([]);
    expect(json.problems).toEqual([]);
    expect(csv.metrics).toEqual(json.metrics);
    expect(Object.keys(csv.metrics!)).toHaveLength(metricKeys.length);
  });

  it('rejects an unknown key, naming file, line and key, with a suggestion', () => {
    const { metrics, problems } = parseMetricsCsv('m.csv', csvWith({ patch_complience_pct: '96' }));
    expect(metrics).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'm.csv',
        line: metricKeys.length + 2,
        path: ['patch_complience_pct'],
        message: 'unknown key "patch_complience_pct" (did you mean "patch_compliance_pct"?)',
      }),
    ]);
    expect(closestMetricKey('completely_different')).toBeUndefined();
  });

  it('rejects a value that is not a number', () => {
    const { problems } = parseMetricsCsv('m.csv', csvWith({ backup_jobs: 'n/a' }));
    expect(problems).toEqual([
      expect.objectContaining({
        line: lineOf('backup_jobs'),
        path: ['backup_jobs'],
        message: '"backup_jobs" is not a number',
        found: '"n/a"',
      }),
    ]);
  });

  it('rejects a percentage with a % sign, saying so', () => {
    const { problems } = parseMetricsCsv('m.csv', csvWith({ mfa_coverage_pct: '99%' }));
    expect(problems).toEqual([
      expect.objectContaining({
        path: ['mfa_coverage_pct'],
        expected: expect.stringContaining('without the % sign'),
      }),
    ]);
  });

  it('rejects a percentage above 100', () => {
    const { problems } = parseMetricsCsv('m.csv', csvWith({ sla_attainment_pct: '100.5' }));
    expect(problems).toEqual([
      expect.objectContaining({
        line: lineOf('sla_attainment_pct'),
        path: ['sla_attainment_pct'],
        expected: 'a percentage from 0 to 100',
      }),
    ]);
  });

  it('rejects a fractional count', () => {
    const { problems } = parseMetricsCsv('m.csv', csvWith({ tickets_opened: '12.5' }));
    expect(problems).toEqual([
      expect.objectContaining({ path: ['tickets_opened'], expected: 'a whole number, 0 or more' }),
    ]);
  });

  it('rejects counts that do not add up, naming the part and the whole', () => {
    const { problems } = parseMetricsCsv('m.csv', csvWith({ endpoints_edr: '97' }));
    expect(problems).toEqual([
      expect.objectContaining({
        line: lineOf('endpoints_edr'),
        path: ['endpoints_edr'],
        message: 'the counts do not add up: endpoints_edr is more than endpoints_managed',
        expected: `at most 96 (endpoints_managed, line ${lineOf('endpoints_managed')})`,
      }),
    ]);
  });

  it('rejects a duplicate key, naming both lines', () => {
    const text = csvWith({}) + 'phish_sent,12\n';
    const { problems } = parseMetricsCsv('m.csv', text);
    expect(problems).toEqual([
      expect.objectContaining({
        line: metricKeys.length + 2,
        message: `duplicate key "phish_sent" (first on line ${lineOf('phish_sent')})`,
      }),
    ]);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1'])(
    'rejects a cell starting a formula: %j',
    (cell) => {
      const { problems } = parseMetricsCsv('m.csv', csvWith({ alerts_low: cell }));
      expect(problems).toEqual([
        expect.objectContaining({
          path: ['alerts_low'],
          message: expect.stringContaining('would run as a formula'),
        }),
      ]);
    },
  );

  it('rejects a key starting a formula', () => {
    const { problems } = parseMetricsCsv('m.csv', csvWith({ '=cmd|calc': '1' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('would run as a formula') }),
    );
  });

  it('lists missing keys', () => {
    const { problems } = parseMetricsCsv('m.csv', csvWith({}, ['phish_sent', 'phish_clicked']));
    expect(problems).toEqual([
      expect.objectContaining({
        path: [],
        message: '2 metric key(s) missing: phish_sent, phish_clicked',
      }),
    ]);
  });

  it('rejects a row with the wrong number of columns', () => {
    const { problems } = parseMetricsCsv('m.csv', csvWith({}) + 'alerts_low,1,2\n');
    expect(problems).toContainEqual(
      expect.objectContaining({ line: metricKeys.length + 2, message: 'row has 3 column(s)' }),
    );
  });

  describe('JSON', () => {
    const json = (change: string) =>
      JSON.stringify(good, null, 2).replace(/\n}$/, `,\n${change}\n}`);

    it('finds a duplicate key that JSON.parse would hide', () => {
      const { problems } = parseMetricsJson('m.json', json('  "backup_jobs": 1'));
      expect(problems).toEqual([
        expect.objectContaining({
          file: 'm.json',
          path: ['backup_jobs'],
          message: expect.stringContaining('duplicate key "backup_jobs"'),
        }),
      ]);
    });

    it('rejects a quoted number and a negative number', () => {
      const text = JSON.stringify({ ...good, patch_compliance_pct: '96', mttr_hours: -1 }, null, 2);
      const { problems } = parseMetricsJson('m.json', text);
      expect(problems).toEqual([
        expect.objectContaining({
          path: ['patch_compliance_pct'],
          line: 4,
          expected: expect.stringContaining('as a JSON number'),
        }),
        expect.objectContaining({ path: ['mttr_hours'], message: '"mttr_hours" is negative' }),
      ]);
    });

    it('rejects a formula in a string value', () => {
      const text = JSON.stringify({ ...good, alerts_high: '=HYPERLINK("x")' });
      expect(parseMetricsJson('m.json', text).problems).toEqual([
        expect.objectContaining({
          path: ['alerts_high'],
          message: expect.stringContaining('formula'),
        }),
      ]);
    });

    it('rejects something that is not a JSON object', () => {
      expect(parseMetricsJson('m.json', '[1, 2]').problems).toEqual([
        expect.objectContaining({ message: 'the file is not a JSON object' }),
      ]);
      expect(parseMetricsJson('m.json', '{"a": }').problems).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/^cannot read the JSON/) }),
      ]);
    });
  });

  it('refuses a file that is neither CSV nor JSON', () => {
    expect(parseMetricsFile('m.xlsx', '').problems).toEqual([
      expect.objectContaining({ file: 'm.xlsx', expected: 'a .csv or .json file' }),
    ]);
  });
});
