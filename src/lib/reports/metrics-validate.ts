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

/** Why a cell's key is refused (a formula, a repeat, or unknown); records it in `firstLine` when new. */
function keyProblem(file: string, cell: Cell, firstLine: Map<string, number>): Problem | undefined {
  const { key, line } = cell;
  if (FORMULA_START.test(key)) {
    return problem(
      file,
      line,
      key,
      `the key starts with "${key[0]}", which a spreadsheet would run as a formula`,
      {
        expected: 'a metric key such as patch_compliance_pct',
        found: show(key),
      },
    );
  }
  const seen = firstLine.get(key);
  if (seen !== undefined) {
    return problem(file, line, key, `duplicate key "${key}" (first on line ${seen})`, {
      expected: 'each key once',
      found: 'a second value',
    });
  }
  firstLine.set(key, line);
  if (!KNOWN.has(key)) {
    const hint = closestMetricKey(key);
    return problem(
      file,
      line,
      key,
      `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      {
        expected: 'one of the metric keys listed in docs/metrics-file.md',
        found: show(key),
      },
    );
  }
  return undefined;
}

/** The cell's value as a number, when it is one: a JSON number, or plain digits in CSV text. */
function numberOf(value: unknown, text: boolean | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (text && typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

/** A known metric's value, or why it is refused: a formula, not a number, negative, too big, not whole. */
function metricValue(
  file: string,
  cell: Cell,
  metric: MetricKey,
): { number: number } | { problem: Problem } {
  const { key, value, line, text } = cell;
  const refuse = (message: string, detail: { expected: string; found: string }) => ({
    problem: problem(file, line, key, message, detail),
  });
  if (typeof value === 'string' && FORMULA_START.test(value)) {
    return refuse(
      `the value starts with "${value[0]}", which a spreadsheet would run as a formula`,
      {
        expected: `${describeKind(metric)}, written as plain digits (metrics are never negative)`,
        found: show(value),
      },
    );
  }
  const number = numberOf(value, text);
  if (number === undefined || !Number.isFinite(number)) {
    let hint = '';
    if (typeof value === 'string' && value.trim().endsWith('%')) hint = ' without the % sign';
    else if (!text && typeof value === 'string') hint = ' as a JSON number, without quotes';
    return refuse(`"${key}" is not a number`, {
      expected: `${describeKind(metric)}${hint}`,
      found: value === '' ? 'an empty cell' : show(value),
    });
  }
  if (number < 0)
    return refuse(`"${key}" is negative`, {
      expected: describeKind(metric),
      found: String(number),
    });
  if (percentMetricKeys.has(metric) && number > 100)
    return refuse(`"${key}" is a percentage above 100`, {
      expected: 'a percentage from 0 to 100',
      found: String(number),
    });
  if (!fractionalMetricKeys.has(metric) && !Number.isInteger(number))
    return refuse(`"${key}" counts things, so it must be a whole number`, {
      expected: 'a whole number, 0 or more',
      found: String(number),
    });
  return { number };
}

/** The problem listing every metric key the file never wrote, if any. */
function missingKeys(file: string, firstLine: ReadonlyMap<string, number>): Problem[] {
  const missing = metricKeys.filter((k) => !firstLine.has(k));
  if (!missing.length) return [];
  return [
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
  ];
}

/** A part larger than its whole (e.g. more endpoints with EDR than managed), by part. */
function partsOverWholes(
  file: string,
  values: ReadonlyMap<MetricKey, { value: number; line: number }>,
): Problem[] {
  const problems: Problem[] = [];
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
  return problems;
}

/** Validates cells read from `file`: known keys, once each, numbers of the right kind, parts within wholes. */
export function validateMetricCells(file: string, cells: readonly Cell[]): MetricsImport {
  const problems: Problem[] = [];
  const values = new Map<MetricKey, { value: number; line: number }>();
  const firstLine = new Map<string, number>();
  for (const cell of cells) {
    const refused = keyProblem(file, cell, firstLine);
    if (refused) {
      problems.push(refused);
      continue;
    }
    const metric = cell.key as MetricKey;
    const checked = metricValue(file, cell, metric);
    if ('problem' in checked) problems.push(checked.problem);
    else values.set(metric, { value: checked.number, line: cell.line });
  }
  problems.push(...missingKeys(file, firstLine), ...partsOverWholes(file, values));
  if (problems.length) return { problems };
  const metrics = Object.fromEntries(metricKeys.map((k) => [k, values.get(k)!.value])) as Metrics;
  return { metrics, problems };
}
