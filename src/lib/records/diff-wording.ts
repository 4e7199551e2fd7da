/** How a matrix version diff labels and colours each kind of row change. */
import type { RowChange } from './matrix-diff.ts';

/** The badge words for each kind of row change. */
export const ROW_CHANGE_LABELS: Record<RowChange['kind'], string> = {
  added: 'Row added',
  removed: 'Row removed',
  changed: 'Row changed',
};

/** The badge colour for each kind of row change: green added, red removed, amber changed. */
export const ROW_CHANGE_TONES: Record<RowChange['kind'], 'green' | 'red' | 'amber'> = {
  added: 'green',
  removed: 'red',
  changed: 'amber',
};

/** The badge words for a row change of `kind`. */
export function rowChangeLabel(kind: RowChange['kind']): string {
  return ROW_CHANGE_LABELS[kind];
}
