/**
 * How one search result reads: the client and the period or version it belongs to beside
 * its type, and an excerpt that starts cleanly (never on a stray separator or the tail of
 * a sentence without saying so).
 */

/** "Riverbend Community Credit Union · October 2026" from a result's Pagefind meta. */
export function resultDetails(meta: Readonly<Record<string, string | undefined>>): string {
  return [meta.client, meta.detail]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' · ');
}

/**
 * An excerpt (Pagefind's HTML: escaped text with <mark>) that starts at a word: leading
 * separators and punctuation are dropped, and "… " is put before text that picks up
 * mid-sentence (its first letter is lower case).
 */
export function cleanExcerpt(html: string): string {
  let text = html.replace(/^(?:\s|[·•,;:.)\]—–-]|&middot;)+/u, '');
  const first = /^(?:<mark>)?(\p{L})/u.exec(text)?.[1];
  if (first && first !== first.toUpperCase()) text = `… ${text}`;
  return text;
}
