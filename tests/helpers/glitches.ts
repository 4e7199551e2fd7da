/**
 * Typographic glitches in rendered pages, as a reader sees the text: a space before
 * punctuation ("Jessen , President"), a word written twice ("within Within"), ".;", and
 * headings with nothing under them. Most come from templates joining content with the
 * line breaks the HTML keeps, so they are found in the built HTML, not in the sources.
 */

/** One glitch: what kind, and the text around it. */
export interface Glitch {
  kind: 'space-before-punctuation' | 'doubled-word' | 'dot-semicolon' | 'empty-heading';
  text: string;
}

const BLOCK =
  /<\/?(?:address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|option|p|pre|section|select|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/gi;
/** Stands for a block boundary while markup is removed. */
const BREAK = '\u0000';
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  nbsp: ' ',
  '#39': "'",
  middot: '·',
};

/** The text blocks of a page as rendered: inline markup joined, block boundaries kept. */
export function visibleBlocks(html: string): string[] {
  const body = html
    .replace(/<head\b[\s\S]*?<\/head>/i, '')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<svg\b[\s\S]*?<\/svg>/gi, BREAK)
    .replace(/<pre\b[\s\S]*?<\/pre>/gi, BREAK)
    .replace(/<code\b[\s\S]*?<\/code>/gi, 'code')
    // Text hidden from screen readers is decoration beside the words that are read.
    .replace(/<span\b[^>]*\baria-hidden="true"[^>]*>[^<]*<\/span>/gi, '');
  return (
    body
      .replace(BLOCK, BREAK)
      // A badge reads as a label of its own ("Backup Policy [Policy]"), not as running text.
      .replace(
        /<span\b[^>]*\bclass="[^"]*\bbadge\b[^"]*"[^>]*>([^<]*)<\/span>/gi,
        `${BREAK}$1${BREAK}`,
      )
      .replace(/<[^>]*>/g, '')
      .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
      .split(BREAK)
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
  );
}

const around = (text: string, at: number) =>
  text.slice(Math.max(0, at - 30), Math.min(text.length, at + 30));

/** Headings followed by nothing before the next heading of the same or a higher level. */
function emptyHeadings(html: string): Glitch[] {
  const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? html;
  const found: Glitch[] = [];
  const heading = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi;
  const matches = [...main.matchAll(heading)];
  for (const [i, m] of matches.entries()) {
    const level = Number(m[1]);
    const title = visibleBlocks(m[2]!).join(' ');
    if (!title) {
      found.push({ kind: 'empty-heading', text: m[0].slice(0, 60) });
      continue;
    }
    const next = matches.slice(i + 1).find((n) => Number(n[1]) <= level);
    const end = next?.index ?? main.length;
    const between = main.slice(m.index! + m[0].length, end);
    const hasContent =
      visibleBlocks(between).length > 0 ||
      /<(?:img|svg|table|iframe|input|select)\b/i.test(between);
    if (!hasContent) found.push({ kind: 'empty-heading', text: title });
  }
  return found;
}

/** Every glitch in the page `html`. */
export function findGlitches(html: string): Glitch[] {
  const found: Glitch[] = [];
  for (const block of visibleBlocks(html)) {
    for (const m of block.matchAll(/\S( +)([,;:!?.])(?=\s|$)/g))
      found.push({ kind: 'space-before-punctuation', text: around(block, m.index!) });
    for (const m of block.matchAll(/(?<![\p{L}\p{N}])(\p{L}{2,})\s+(\1)(?![\p{L}\p{N}])/giu))
      found.push({ kind: 'doubled-word', text: around(block, m.index!) });
    for (const m of block.matchAll(/\.;/g))
      found.push({ kind: 'dot-semicolon', text: around(block, m.index!) });
  }
  return [...found, ...emptyHeadings(html)];
}
