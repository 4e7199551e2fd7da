/** The uniform "unknown …" and "listed twice" problems the reference check collects. */
import { error, formatFieldPath, type FieldPath, type Problem } from '../problems.ts';

type Known = { has(id: string): boolean };

function list(known: Known | Iterable<string>): string {
  const ids = Symbol.iterator in known ? [...(known as Iterable<string>)] : [];
  if (ids.length === 0) return 'an existing id';
  const shown = ids.slice(0, 6).join(', ');
  return `one of ${shown}${ids.length > 6 ? ', …' : ''}`;
}

/** Collects dangling-reference problems with a uniform message. */
export class RefCheck {
  readonly problems: Problem[] = [];

  /** `id` must be one of `known`. */
  expect(
    known: Known & Iterable<string>,
    kind: string,
    id: string | undefined,
    file: string,
    path: FieldPath,
  ): void {
    if (id === undefined || known.has(id)) return;
    this.problems.push(
      error('references/exists', file, path, `unknown ${kind} "${id}"`, {
        expected: `a ${kind} id: ${list(known)}`,
        found: `"${id}"`,
      }),
    );
  }

  /** Every id of a list must be one of `known`. */
  all(
    known: Known & Iterable<string>,
    kind: string,
    ids: readonly string[],
    file: string,
    path: FieldPath,
  ): void {
    ids.forEach((id, i) => this.expect(known, kind, id, file, [...path, i]));
  }

  /** Each id once in a list; `field` names the part of an item that holds it, if any. */
  unique(
    ids: readonly string[],
    kind: string,
    file: string,
    path: FieldPath,
    field?: string,
  ): void {
    const first = new Map<string, number>();
    ids.forEach((id, i) => {
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, i);
        return;
      }
      const at = field ? [...path, i, field] : [...path, i];
      this.problems.push(
        error('references/duplicate', file, at, `${kind} "${id}" is listed twice`, {
          expected: `each ${kind} once`,
          found: `also at ${formatFieldPath(field ? [...path, earlier, field] : [...path, earlier])}`,
        }),
      );
    });
  }
}
