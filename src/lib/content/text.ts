/** Offsets in a file's text turned into the 1-based line and column an editor shows. */

export interface Position {
  line: number;
  column: number;
}

/** Maps character offsets of one text to positions; build once per file. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.#starts.push(i + 1);
  }

  /** The position of `offset` (0-based), 1-based line and column. */
  positionAt(offset: number): Position {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.#starts[low]! + 1 };
  }

  /** The offset of a 1-based position (the inverse of `positionAt`). */
  offsetAt(position: Position): number {
    const start = this.#starts[Math.min(position.line, this.#starts.length) - 1] ?? 0;
    return start + position.column - 1;
  }
}
