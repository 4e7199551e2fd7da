/**
 * Whether a page body needs a heading of the page's own above it ("Notes"): not when it is
 * empty, and not when it opens with a heading of its own (the page heading would sit
 * over nothing).
 */

/** True when `body` has text and does not open with a Markdown heading. */
export function bodyNeedsHeading(body: string | undefined): boolean {
  const first = (body ?? '')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('import ') && !line.startsWith('{/*'));
  if (!first) return false;
  return !/^#{1,6}\s/.test(first);
}
