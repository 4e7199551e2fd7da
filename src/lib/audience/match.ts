/**
 * Finds many names in a text after both are normalised (normalise.ts): long names in the
 * `compact` form anywhere, short ones in the `spaced` form as whole words only, so
 * "Acme" is found in "Acme's portal" but not in "Acmeville". Used by the content check,
 * the verify phase and the tests alike.
 */
import { normalise, normaliseLines, type Normalised, type TextKind } from './normalise.ts';
import { MultiMatcher } from './scanner.ts';

/** Names with at least this many letters and digits are matched inside words too. */
export const LONG_NAME = 8;

/** One name to look for, and what to report when it is found. */
export interface NamePattern<T> {
  text: string;
  value: T;
  /**
   * Match as whole words whatever the length: for structured tokens (ids, addresses,
   * domains) where one may be the start of another (`/runbooks/p-1/` and `/runbooks/p-11/`).
   */
  whole?: boolean;
}

/** A matcher over normalised text for a fixed set of names. */
export class NameMatcher<T> {
  readonly #long: MultiMatcher<T>;
  readonly #short: MultiMatcher<T>;

  constructor(patterns: Iterable<NamePattern<T>>) {
    const long: NamePattern<T>[] = [];
    const short: NamePattern<T>[] = [];
    for (const { text, value, whole } of patterns) {
      const { compact, spaced } = normalise(text);
      if (compact.length >= LONG_NAME && !whole) long.push({ text: compact, value });
      else if (compact.length > 0) short.push({ text: ` ${spaced.trim()} `, value });
    }
    this.#long = new MultiMatcher(long);
    this.#short = new MultiMatcher(short);
  }

  /**
   * Every value whose name occurs in `text`, read as `kind`. `byLine` normalises line by
   * line with a cache (normalise.ts `normaliseLines`), for the many near-identical files
   * of a build; the content check reads each source once and normalises it whole.
   */
  find(text: string, kind: TextKind = 'text', byLine = false): Set<T> {
    return this.findIn(byLine ? normaliseLines(text, kind) : normalise(text, kind));
  }

  /** Every value whose name occurs in text already normalised (normalise.ts). */
  findIn({ compact, spaced }: Normalised): Set<T> {
    const found = this.#long.find(compact);
    for (const value of this.#short.find(` ${spaced} `)) found.add(value);
    return found;
  }
}
