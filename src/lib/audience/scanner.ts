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
  /** Complete transitions for ASCII (state × 128), so the common case is one array read. */
  readonly #ascii: Int32Array;

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
    const order: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      order.push(state);
      for (const [code, next] of this.#goto[state]!) {
        queue.push(next);
        let fallback = this.#fail[state]!;
        while (fallback && !this.#goto[fallback]!.has(code)) fallback = this.#fail[fallback]!;
        const target = this.#goto[fallback]!.get(code);
        this.#fail[next] = target !== undefined && target !== next ? target : 0;
        this.#out[next]!.push(...this.#out[this.#fail[next]!]!);
      }
    }
    // Breadth-first order guarantees a state's failure target is filled in before it.
    this.#ascii = new Int32Array(this.#goto.length * 128);
    for (const state of order) {
      for (let code = 0; code < 128; code++) {
        const direct = this.#goto[state]!.get(code);
        this.#ascii[state * 128 + code] =
          direct ?? (state === 0 ? 0 : this.#ascii[this.#fail[state]! * 128 + code]!);
      }
    }
  }

  #step(state: number, code: number): number {
    if (code < 128) return this.#ascii[state * 128 + code]!;
    let current = state;
    while (current && !this.#goto[current]!.has(code)) current = this.#fail[current]!;
    return this.#goto[current]!.get(code) ?? 0;
  }

  /** Every pattern value found in `text` (each at most once). */
  find(text: string): Set<T> {
    const found = new Set<T>();
    let state = 0;
    const lower = text.toLowerCase();
    for (let i = 0; i < lower.length; i++) {
      state = this.#step(state, lower.charCodeAt(i));
      const out = this.#out[state]!;
      for (let j = 0; j < out.length; j++) found.add(out[j]!);
    }
    return found;
  }
}
