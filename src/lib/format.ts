/**
 * Number and date formatting with shared `Intl` formatters. `toLocaleString` builds a new
 * formatter on every call; at a few thousand pages that was a third of the render.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "1,234.5": en-US grouping, at most `maxDecimals` decimals. */
export function formatNumber(value: number, maxDecimals = 0, minDecimals = 0): string {
  const key = `${minDecimals}:${maxDecimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A date formatter for `options`, created once. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', options);
    dateFormats.set(key, format);
  }
  return format;
}

/** The noun for `count` things: `singular` for exactly one, else `pluralForm`. */
export function pluralNoun(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

/** A count and its noun: "1 day", "3 days", "2 policies". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${pluralNoun(count, singular, pluralForm)}`;
}
