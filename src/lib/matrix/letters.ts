/** RACI letters and their canonical order. */
export type Letter = 'R' | 'A' | 'C' | 'I';

export const LETTERS: readonly Letter[] = ['R', 'A', 'C', 'I'];

export const LETTER_NAMES: Record<Letter, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

/** What each letter means for the people reading the matrix. */
export const LETTER_MEANINGS: Record<Letter, string> = {
  R: 'does the work',
  A: 'answers for the outcome; exactly one per activity',
  C: 'is asked before it is done',
  I: 'is told after it is done',
};

/** Letters of a validated cell string ("RA") in canonical order. */
export function parseLetters(cell: string | undefined): Letter[] {
  if (!cell) return [];
  return LETTERS.filter((letter) => cell.includes(letter));
}

/** A letter list back to its cell string, "" for none. */
export function formatLetters(letters: readonly Letter[]): string {
  return LETTERS.filter((l) => letters.includes(l)).join('');
}
