/**
 * An Atom 1.0 feed (RFC 4287) of change items: feed and entries each with id, title and
 * updated; absolute links built from the provider's `site.base_url`.
 * @see https://www.rfc-editor.org/rfc/rfc4287
 */
import type { ChangeItem } from './changes.ts';

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** What a feed needs besides its entries. */
export interface FeedInfo {
  /** Absolute base URL of the folder the feed is served from. */
  base: string;
  /** Path of the feed itself, e.g. `/clients/x/feed.xml`. */
  self: string;
  /** Path of the page the feed mirrors. */
  page: string;
  title: string;
  author: string;
}

const instant = (day: string) => `${day}T00:00:00Z`;

/** The feed as Atom 1.0 XML; `updated` is the newest entry's date (or `fallback`). */
export function atomFeed(info: FeedInfo, items: readonly ChangeItem[], fallback: string): string {
  const url = (path: string) => `${info.base}${path}`;
  const updated = instant(items[0]?.date ?? fallback);
  const entries = items.map(
    (i) => `  <entry>
    <id>${xmlEscape(url(`${info.self}#${i.id}`))}</id>
    <title>${xmlEscape(i.title)}</title>
    <updated>${instant(i.date)}</updated>
    <link rel="alternate" type="text/html" href="${xmlEscape(url(i.path))}"/>
    <summary>${xmlEscape(i.summary)}</summary>
    <category term="${i.kind}"/>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(url(info.self))}</id>
  <title>${xmlEscape(info.title)}</title>
  <updated>${updated}</updated>
  <author><name>${xmlEscape(info.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(url(info.self))}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(url(info.page))}"/>
${entries.join('')}</feed>
`;
}
