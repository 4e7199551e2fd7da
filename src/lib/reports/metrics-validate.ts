/**
 * Checking a month's figures read from a metrics file: known keys, once each, plain
 * numbers of the right kind, parts within their whole, and nothing a spreadsheet would
 * run as a formula. Every problem names the file, the line and the key.
 */
import {
  fractionalMetricKeys,
  metricBounds,
  metricKeys,
  percentMetricKeys,
  type MetricKey,
  type Metrics,
} from '../../schemas/index.ts';
import { closestMatch } from '../closest.ts';
import { FORMULA_START } from '../formula.ts';
import { error, type Problem } from '../problems.ts';

/** One key/value as written in the file, before validation. */
export interface Cell {
  key: string;
  value: unknown;
  line: number;
  /** CSV cells are text; JSON values must already be numbers. */
  text?: boolean;
}

/** The outcome of an import: figures only when there were no problems. */
export interface MetricsImport {
  /** The figures, when the file had no problem at all. */
  metrics?: Metrics;
  problems: Problem[];
}

const KNOWN: ReadonlySet<string> = new Set(metricKeys);

/** An import problem at `line` of `file`, for `key`. */
export function problem(
  file: string,
  line: number | undefined,
  key: string | undefined,
  message: string,
  detail: { expected?: string; found?: string } = {},
): Problem {
  return {
    ...error('metrics/import', file, key === undefined ? [] : [key], message, detail),
    ...(line ? { line, column: 1 } : {}),
  };
}

/** The known key closest to `key`, when it is close enough to be a typo. */
export function closestMetricKey(key: string): MetricKey | undefined {
  return closestMatch(key, metricKeys, 3);
}

/** A value as an author would recognise it in a message. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function describeKind(key: MetricKey): string {
  if (percentMetricKeys.has(key)) return 'a percentage from 0 to 100';
  return fractionalMetricKeys.has(key) ? 'a number, 0 or more' : 'a whole number, 0 or more';
}

/** Validates cells read from `file`: known keys, once each, numbers of the right kind, parts within wholes. */
export function validateMetricCells(file: string, cells: readonly Cell[]): MetricsImport {
  const problems: Problem[] = [];
  const values = new Map<MetricKey, { value: number; line: number }>();
  const firstLine = new Map<string, number>();
  for (const { key, value, line, text } of cells) {
    if (FORMULA_START.test(key)) {
      problems.push(
        problem(
          file,
          line,
          key,
          `the key starts with "${key[0]}", which a spreadsheet would run as a formula`,
          {
            expected: 'a metric key such as patch_compliance_pct',
            found: show(key),
          },
        ),
      );
      continue;
    }
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      problems.push(
        problem(file, line, key, `duplicate key "${key}" (first on line ${seen})`, {
          expected: 'each key once',
          found: 'a second value',
        }),
      );
      continue;
    }
    firstLine.set(key, line);
    if (!KNOWN.has(key)) {
      const hint = closestMetricKey(key);
      problems.push(
        problem(
          file,
          line,
          key,
          `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
          {
            expected: 'one of the metric keys listed in docs/metrics-file.md',
            found: show(key),
          },
        ),
      );
      continue;
    }
    const metric = key as MetricKey;
    if (typeof value === 'string' && FORMULA_START.test(value)) {
      problems.push(
        problem(
          file,
          line,
          key,
          `the value starts with "${value[0]}", which a spreadsheet would run as a formula`,
          {
            expected: `${describeKind(metric)}, written as plain digits (metrics are never negative)`,
            found: show(value),
          },
        ),
      );
      continue;
    }
    let number: number | undefined;
    if (typeof value === 'number') number = value;
    else if (text && typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) {
      number = Number(value);
    }
    if (number === undefined || !Number.isFinite(number)) {
      let hint = '';
      if (typeof value === 'string' && value.trim().endsWith('%')) hint = ' without the % sign';
      else if (!text && typeof value === 'string') hint = ' as a JSON number, without quotes';
      problems.push(
        problem(file, line, key, `"${key}" is not a number`, {
          expected: `${describeKind(metric)}${hint}`,
          found: value === '' ? 'an empty cell' : show(value),
        }),
      );
      continue;
    }
    if (number < 0) {
      problems.push(
        problem(file, line, key, `"${key}" is negative`, {
          expected: describeKind(metric),
          found: String(number),
        }),
      );
      continue;
    }
    if (percentMetricKeys.has(metric) && number > 100) {
      problems.push(
        problem(file, line, key, `"${key}" is a percentage above 100`, {
          expected: 'a percentage from 0 to 100',
          found: String(number),
        }),
      );
      continue;
    }
    if (!fractionalMetricKeys.has(metric) && !Number.isInteger(number)) {
      problems.push(
        problem(file, line, key, `"${key}" counts things, so it must be a whole number`, {
          expected: 'a whole number, 0 or more',
          found: String(number),
        }),
      );
      continue;
    }
    values.set(metric, { value: number, line });
  }

  const missing = metricKeys.filter((k) => !firstLine.has(k));
  if (missing.length) {
    problems.push(
      problem(
        file,
        undefined,
        undefined,
        `${missing.length} metric key(s) missing: ${missing.join(', ')}`,
        {
          expected: 'every metric key (write 0 when there was nothing to count)',
          found: `${metricKeys.length - missing.length} of ${metricKeys.length}`,
        },
      ),
    );
  }
  for (const [part, whole] of metricBounds) {
    const p = values.get(part);
    const w = values.get(whole);
    if (p && w && p.value > w.value) {
      problems.push(
        problem(file, p.line, part, `the counts do not add up: ${part} is more than ${whole}`, {
          expected: `at most ${w.value} (${whole}, line ${w.line})`,
          found: String(p.value),
        }),
      );
    }
  }
  if (problems.length) return { problems };
  const metrics = Object.fromEntries(metricKeys.map((k) => [k, values.get(k)!.value])) as Metrics;
  return { metrics, problems };
}
