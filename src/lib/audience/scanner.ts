/**
 * Finds many strings in many files in one pass (Aho–Corasick), so checking every client
 * folder for every other client's names costs the size of the folders, not folders ×
 * canaries × files. Matching is case-insensitive.
 * @see https://en.wikipedia.org/wiki/Aho%E2%80%93Corasick_algorithm
 */
export class MultiMatcher<T> {
  readonly #goto: Array<Map<number, number>> = [new Map()];
  readonly #fail: number[] = [0];
  /** Patterns that end at each state, including those reached through failure links. */
  readonly #out: T[][] = [[]];

  constructor(patterns: Iterable<{ text: string; value: T }>) {
    for (const { text, value } of patterns) {
      const lower = text.toLowerCase();
      if (!lower) continue;
      let state = 0;
      for (let i = 0; i < lower.length; i++) {
        const code = lower.charCodeAt(i);
        let next = this.#goto[state]!.get(code);
        if (next === undefined) {
          next = this.#goto.length;
          this.#goto.push(new Map());
          this.#fail.push(0);
          this.#out.push([]);
          this.#goto[state]!.set(code, next);
        }
        state = next;
      }
      this.#out[state]!.push(value);
    }
    const queue: number[] = [...this.#goto[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, next] of this.#goto[state]!) {
        queue.push(next);
        let fallback = this.#fail[state]!;
        while (fallback && !this.#goto[fallback]!.has(code)) fallback = this.#fail[fallback]!;
        const target = this.#goto[fallback]!.get(code);
        this.#fail[next] = target !== undefined && target !== next ? target : 0;
        this.#out[next]!.push(...this.#out[this.#fail[next]!]!);
      }
    }
  }

  /** Every pattern value found in `text` (each at most once). */
  find(text: string): Set<T> {
    const found = new Set<T>();
    let state = 0;
    const lower = text.toLowerCase();
    for (let i = 0; i < lower.length; i++) {
      const code = lower.charCodeAt(i);
      while (state && !this.#goto[state]!.has(code)) state = this.#fail[state]!;
      state = this.#goto[state]!.get(code) ?? 0;
      for (const value of this.#out[state]!) found.add(value);
    }
    return found;
  }
}
