/**
 * Names for tables written in Markdown, which are rendered inside a labelled, focusable
 * region that scrolls sideways on its own (see `components/mdx/Table.astro`): a wide
 * table never widens the page on a phone, and keyboard users can still scroll it.
 */

const TAGS = /<[^>]*>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function plain(html: string): string {
  return html
    .replace(TAGS, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The region's name for a table whose inner HTML is `html`: its caption, else the column
 * headings of its first row, else "Table".
 */
export function tableLabel(html: string): string {
  const caption = /<caption\b[^>]*>([\s\S]*?)<\/caption>/i.exec(html);
  if (caption && plain(caption[1]!)) return plain(caption[1]!);
  const firstRow = /<tr\b[^>]*>([\s\S]*?)<\/tr>/i.exec(html);
  const headers = [...(firstRow?.[1] ?? '').matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/gi)]
    .map((m) => plain(m[1]!))
    .filter(Boolean);
  return headers.length ? `Table: ${headers.join(', ')}` : 'Table';
}
