/**
 * Reading a month's figures from a metrics file for `npm run report:new`: CSV with
 * `key,value` rows, or a JSON object of key → number. Nothing is accepted partly: one
 * problem and the import returns no metrics. Format: docs/metrics-file.md.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';
import type { Problem } from '../problems.ts';
import { FORMULA_START } from '../formula.ts';
import {
  problem,
  show,
  validateMetricCells,
  type Cell,
  type MetricsImport,
} from './metrics-validate.ts';

export type { MetricsImport } from './metrics-validate.ts';

/** A CSV file of `key,value` rows; a first row `key,value` and lines starting with # are skipped. */
export function parseMetricsCsv(file: string, text: string): MetricsImport {
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // With `info: true` each row comes with its line number; the typings do not follow the option.
    rows = parseCsv(text, {
      bom: true,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof rows;
  } catch (err) {
    const e = err as Error & { lines?: number };
    return {
      problems: [
        problem(file, e.lines, undefined, `cannot read the CSV: ${e.message}`, {
          expected: 'key,value rows',
        }),
      ],
    };
  }
  const problems: Problem[] = [];
  const cells: Cell[] = [];
  rows.forEach(({ record, info }, i) => {
    const [key = '', value = ''] = record;
    if (i === 0 && key.trim().toLowerCase() === 'key' && value.trim().toLowerCase() === 'value')
      return;
    if (record.length !== 2) {
      problems.push(
        problem(file, info.lines, key.trim() || undefined, `row has ${record.length} column(s)`, {
          expected: '2 columns: key,value',
          found: record.map((c) => `"${c}"`).join(','),
        }),
      );
      return;
    }
    // Check the raw cell: trimming first would hide a leading tab, a known injection trick.
    cells.push({
      key: FORMULA_START.test(key) ? key : key.trim(),
      value: FORMULA_START.test(value) ? value : value.trim(),
      line: info.lines,
      text: true,
    });
  });
  const result = validateMetricCells(file, cells);
  return problems.length ? { problems: [...problems, ...result.problems] } : result;
}

/** A JSON object of key → number. Duplicate keys are found even though JSON.parse would hide them. */
export function parseMetricsJson(file: string, text: string): MetricsImport {
  try {
    JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /line (\d+)/.exec(message);
    return {
      problems: [
        problem(
          file,
          at ? Number(at[1]) : undefined,
          undefined,
          `cannot read the JSON: ${message}`,
          { expected: 'a JSON object such as {"patch_compliance_pct": 96.2}' },
        ),
      ],
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  if (!isMap(doc.contents)) {
    return {
      problems: [
        problem(file, 1, undefined, 'the file is not a JSON object', {
          expected: 'a JSON object of key → number',
          found: show(doc.toJS()),
        }),
      ],
    };
  }
  const cells: Cell[] = doc.contents.items.map((pair: Pair) => {
    const key = isScalar(pair.key) ? pair.key : undefined;
    return {
      key: String(key?.value ?? ''),
      value: isScalar(pair.value)
        ? pair.value.value
        : isNode(pair.value)
          ? pair.value.toJSON()
          : null,
      line: counter.linePos(key?.range?.[0] ?? 0).line,
    };
  });
  return validateMetricCells(file, cells);
}

/** Reads a metrics file by its extension (.csv or .json). */
export function parseMetricsFile(file: string, text: string): MetricsImport {
  if (/\.csv$/i.test(file)) return parseMetricsCsv(file, text);
  if (/\.json$/i.test(file)) return parseMetricsJson(file, text);
  return {
    problems: [
      problem(file, undefined, undefined, 'unknown metrics file type', {
        expected: 'a .csv or .json file',
        found: file,
      }),
    ],
  };
}
