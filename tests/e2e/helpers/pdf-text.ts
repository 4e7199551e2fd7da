/**
 * Just enough PDF reading to test what Chromium printed: the page count and the text of
 * each page, decoded through the fonts' ToUnicode maps. Handles what Skia writes
 * (uncompressed object table, Flate streams, hex glyph strings); not a general parser.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const from = m.index + m[0].length;
    const end = text.indexOf('endobj', from);
    const streamAt = text.indexOf('stream', from);
    if (streamAt === -1 || streamAt > end) {
      found.set(Number(m[1]), { dict: text.slice(from, end) });
      continue;
    }
    // Stream bytes are sliced by /Length: compressed data can contain "endobj".
    const dict = text.slice(from, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const start = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
    let raw = pdf.subarray(start, start + length);
    if (/\/FlateDecode/.test(dict)) raw = inflateSync(raw);
    found.set(Number(m[1]), { dict, stream: raw });
    header.lastIndex = text.indexOf('endobj', start + length);
  }
  return found;
}

type CMap = { bytes: number; map: Map<number, string> };

function utf16(hex: string): string {
  let out = '';
  for (let i = 0; i < hex.length; i += 4)
    out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

function parseCMap(text: string): CMap {
  const map = new Map<number, string>();
  const space = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(text);
  const bytes = space ? space[1]!.length / 2 : 2;
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(parseInt(src!, 16), utf16(dst!));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      const base = parseInt(dst!, 16);
      for (let c = parseInt(lo!, 16), i = 0; c <= parseInt(hi!, 16); c++, i++) {
        map.set(c, String.fromCharCode(base + i));
      }
    }
  }
  return { bytes, map };
}

function decode(hex: string, cmap: CMap | undefined): string {
  const width = (cmap?.bytes ?? 1) * 2;
  let out = '';
  for (let i = 0; i + width <= hex.length; i += width) {
    const code = parseInt(hex.slice(i, i + width), 16);
    out += cmap?.map.get(code) ?? '';
  }
  return out;
}

/** The text of each page, in content order. */
export function pdfPagesText(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const ref = (text: string, key: string) => {
    const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(text);
    return m ? objs.get(Number(m[1])) : undefined;
  };
  // Font resource name → ToUnicode map, gathered from every /Font resource dictionary.
  const fonts = new Map<string, CMap>();
  for (const obj of objs.values()) {
    for (const block of obj.dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, num] of block[1]!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
        const font = objs.get(Number(num));
        const toUnicode = font && ref(font.dict, 'ToUnicode');
        if (toUnicode?.stream) fonts.set(name!, parseCMap(toUnicode.stream.toString('latin1')));
      }
    }
  }
  const pages: string[] = [];
  for (const obj of objs.values()) {
    if (!/\/Type\s*\/Page(?![s\w])/.test(obj.dict)) continue;
    const contents = /\/Contents\s+(?:(\d+) 0 R|\[([^\]]*)\])/.exec(obj.dict);
    const nums = contents?.[1]
      ? [contents[1]]
      : [...(contents?.[2] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => m[1]!);
    let text = '';
    for (const n of nums) {
      const stream = objs.get(Number(n))?.stream?.toString('latin1') ?? '';
      let font: CMap | undefined;
      for (const token of stream.matchAll(
        /\/(\w+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|(\bTJ\b|\bTj\b|\bT\*|\bTd\b|\bTD\b)/g,
      )) {
        if (token[1]) font = fonts.get(token[1]);
        else if (token[2] !== undefined) text += decode(token[2], font);
        else text += ' ';
      }
    }
    pages.push(text.replace(/\s+/g, ' ').trim());
  }
  return pages;
}
