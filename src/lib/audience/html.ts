/**
 * The few rewrites assembly makes to rendered HTML. They only touch markup our own
 * layouts emit (see markers.ts), so plain string operations are exact.
 */
import { parseAudience, type Audience } from './audience.ts';
import { AUDIENCE_META, MASTHEAD_END, MASTHEAD_START, STAFF_END, STAFF_START } from './markers.ts';

const AUDIENCE_TAG = new RegExp(`<meta name="${AUDIENCE_META}" content="([^"]*)"\\s*/?>`);

/** The audience a page declared, and the page without the declaration. */
export function takeAudience(html: string): {
  audience: Audience;
  html: string;
  declared: boolean;
} {
  const match = AUDIENCE_TAG.exec(html);
  if (!match) return { audience: parseAudience(undefined), html, declared: false };
  return { audience: parseAudience(match[1]), html: html.replace(match[0], ''), declared: true };
}

/** Thrown when markers do not pair up; assembly reports the page and stops the build. */
export class MarkerError extends Error {}

function between(html: string, start: string, end: string, from = 0): [number, number] | undefined {
  const open = html.indexOf(start, from);
  if (open === -1) return undefined;
  const close = html.indexOf(end, open + start.length);
  if (close === -1) throw new MarkerError(`"${start}" is never closed`);
  const nested = html.indexOf(start, open + start.length);
  if (nested !== -1 && nested < close) throw new MarkerError(`"${start}" is nested`);
  return [open, close + end.length];
}

/** Removes every staff-only block, markers included. */
export function stripStaffBlocks(html: string): string {
  let out = '';
  let cursor = 0;
  for (
    let span = between(html, STAFF_START, STAFF_END);
    span;
    span = between(html, STAFF_START, STAFF_END, cursor)
  ) {
    out += html.slice(cursor, span[0]);
    cursor = span[1];
  }
  out += html.slice(cursor);
  if (out.includes(STAFF_END)) throw new MarkerError(`"${STAFF_END}" has no opening marker`);
  return out;
}

const ANY_MARKER = /<!--\/?tandem:(?:staff|masthead)-->/g;

/** Removes the markers but keeps what they wrap (the staff folder keeps everything). */
export function removeMarkers(html: string): string {
  return html.replace(ANY_MARKER, '');
}

/** The brand and navigation a page carries, without markers. */
export function extractMasthead(html: string): string {
  const span = between(html, MASTHEAD_START, MASTHEAD_END);
  if (!span) throw new MarkerError('the page has no masthead');
  return html.slice(span[0] + MASTHEAD_START.length, span[1] - MASTHEAD_END.length);
}

/** A navigation fragment with `section`'s item marked as the current page. */
export function markCurrent(masthead: string, section: string | undefined): string {
  const nav = masthead.replaceAll(' aria-current="page"', '');
  return section
    ? nav.replace(`data-section="${section}"`, `data-section="${section}" aria-current="page"`)
    : nav;
}

/** A client copy of a page, ready for any client's masthead: staff blocks and markers gone. */
export interface ClientTemplate {
  before: string;
  after: string;
  /** The page's `<body data-section>`, whose navigation item is marked current. */
  section: string | undefined;
}

/** Prepares a page once for every client that may read it. */
export function clientTemplate(html: string): ClientTemplate {
  const stripped = stripStaffBlocks(html);
  const span = between(stripped, MASTHEAD_START, MASTHEAD_END);
  if (!span) throw new MarkerError('the page has no masthead');
  return {
    before: removeMarkers(stripped.slice(0, span[0])),
    after: removeMarkers(stripped.slice(span[1])),
    section: /<body[^>]*\sdata-section="([^"]*)"/.exec(stripped)?.[1],
  };
}

/**
 * A page's `<title>` as the client reads it: "Search · <client name>" rather than the
 * provider's name on pages every audience shares (the part after the last " · ").
 */
export function titleForClient(head: string, clientName: string): string {
  return head.replace(/<title>([\s\S]*?)<\/title>/, (whole, text: string) => {
    const cut = text.lastIndexOf(' · ');
    if (cut === -1) return whole;
    return `<title>${text.slice(0, cut)} · ${escapeHtml(clientName)}</title>`;
  });
}

/** Internal link targets in a page: `href` and `src` values that start with one slash. */
export function internalLinks(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="(\/(?!\/)[^"]*)"/g))
    links.push(decodeEntities(match[1]!));
  return links;
}

/** Every `id` attribute in a page. */
export function elementIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
}

/** An attribute value with `&amp;`, `&#39;` and `&quot;` decoded back to the characters. */
export function decodeEntities(text: string): string {
  return text.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

const PRESERVED = /<(pre|textarea)\b[\s\S]*?<\/\1>/gi;

/**
 * Collapses runs of whitespace that contain a line break to one line break, outside
 * `<pre>` and `<textarea>`. Templates keep their line breaks (Pagefind needs whitespace
 * between elements to see separate words) without shipping their indentation.
 */
export function collapseWhitespace(html: string): string {
  let out = '';
  let cursor = 0;
  for (const match of html.matchAll(PRESERVED)) {
    out += html.slice(cursor, match.index).replace(/[ \t]*\n\s*/g, '\n') + match[0];
    cursor = match.index + match[0].length;
  }
  return out + html.slice(cursor).replace(/[ \t]*\n\s*/g, '\n');
}

/**
 * Links separated by ", " as one HTML string, so a template cannot put a line break (a
 * rendered space) before the comma.
 */
export function linkListHtml(
  links: ReadonlyArray<{ href: string; label: string; title?: string }>,
): string {
  return links
    .map(
      (l) =>
        `<a href="${escapeHtml(l.href)}"${l.title ? ` title="${escapeHtml(l.title)}"` : ''}>${escapeHtml(l.label)}</a>`,
    )
    .join(', ');
}

/**
 * Text with `&`, `<`, `>` and `"` escaped. Astro 7 escapes text expressions the same way
 * and also writes `'` as `&#39;`; attribute values it escapes for `&` and `"` only. So this
 * matches neither exactly: callers add the apostrophe spellings they need.
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
