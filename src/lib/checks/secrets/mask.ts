/** Shows enough of a secret to find it in the file, never enough to use it. */

/** Keeps the first `start` and last `end` characters, stars in between (at least 4 stars). */
export function maskMiddle(value: string, start: number, end: number): string {
  if (value.length <= start + end) return '*'.repeat(Math.max(4, value.length));
  const hidden = value.length - start - end;
  return value.slice(0, start) + '*'.repeat(Math.max(4, hidden)) + value.slice(value.length - end);
}

/** Replaces every digit but the last `keep` with `*`, keeping separators. */
export function maskDigits(value: string, keep: number): string {
  const total = value.replace(/\D/g, '').length;
  let seen = 0;
  return value.replace(/\d/g, (digit) => (++seen > total - keep ? digit : '*'));
}
