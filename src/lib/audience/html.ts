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

/** Removes the markers but keeps what they wrap (the staff folder keeps everything). */
export function removeMarkers(html: string): string {
  return html
    .replaceAll(STAFF_START, '')
    .replaceAll(STAFF_END, '')
    .replaceAll(MASTHEAD_START, '')
    .replaceAll(MASTHEAD_END, '');
}

/** The brand and navigation a page carries, without markers. */
export function extractMasthead(html: string): string {
  const span = between(html, MASTHEAD_START, MASTHEAD_END);
  if (!span) throw new MarkerError('the page has no masthead');
  return html.slice(span[0] + MASTHEAD_START.length, span[1] - MASTHEAD_END.length);
}

/**
 * Puts `masthead` in place of the page's own, marking as current the navigation item of
 * the page's section (`<body data-section>`).
 */
export function replaceMasthead(html: string, masthead: string): string {
  const span = between(html, MASTHEAD_START, MASTHEAD_END);
  if (!span) throw new MarkerError('the page has no masthead');
  const section = /<body[^>]*\sdata-section="([^"]*)"/.exec(html)?.[1];
  let nav = masthead.replaceAll(' aria-current="page"', '');
  if (section) {
    nav = nav.replace(`data-section="${section}"`, `data-section="${section}" aria-current="page"`);
  }
  return html.slice(0, span[0]) + MASTHEAD_START + nav + MASTHEAD_END + html.slice(span[1]);
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

function decodeEntities(text: string): string {
  return text.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}
