/**
 * Making Chromium's PDF the same bytes for the same input. Two things in what Chromium
 * (Skia) writes change from run to run, and both are rewritten in place at the same
 * length, so the xref offsets stay valid:
 *
 * - the document info's /CreationDate and /ModDate, the time of printing: set to a date
 *   that comes from the content;
 * - the tagged PDF's structure element ids, `(node00000247)`: Blink's DOM node ids, a
 *   counter shared by everything the renderer process has created so far. Any node made
 *   earlier (another page printed first, a script that ran a little sooner under load)
 *   shifts every id; this was the cause of PDFs that differed between two runs now and
 *   then. They are renumbered from 1 in their original order, which keeps the sorted
 *   /IDTree sorted and every /Headers reference pointing at the same cell.
 */
import { createHash } from 'node:crypto';

const DATE_FIELD = /\/(CreationDate|ModDate) \((D:[^)]*)\)/g;
const ID_FIELD = /\/ID \[<([0-9A-Fa-f]+)> ?<([0-9A-Fa-f]+)>\]/;

/** `D:YYYYMMDD000000+00'00'` for a `YYYY-MM-DD` day. */
export function pdfDate(day: string): string {
  return `D:${day.replace(/-/g, '')}000000+00'00'`;
}

const NODE_ID = /\(node(\d{8})\)/g;

/** `text` with Blink's structure element ids renumbered 1, 2, 3… in their original order. */
export function renumberNodeIds(text: string): string {
  const ids = [...new Set([...text.matchAll(NODE_ID)].map((m) => m[1]!))].sort();
  const renamed = new Map(ids.map((id, i) => [id, String(i + 1).padStart(id.length, '0')]));
  return text.replace(NODE_ID, (_, id: string) => `(node${renamed.get(id)!})`);
}

/** `pdf` with its info dates set to `day`, node ids renumbered, any /ID derived from the content. */
export function normalisePdf(pdf: Buffer, day: string): { pdf: Buffer; normalised: boolean } {
  const text = renumberNodeIds(pdf.toString('latin1'));
  const stamp = pdfDate(day);
  let normalised = true;
  let out = text.replace(DATE_FIELD, (whole, field: string, value: string) => {
    if (value.length !== stamp.length) {
      normalised = false;
      return whole;
    }
    return `/${field} (${stamp})`;
  });
  const id = ID_FIELD.exec(out);
  if (id) {
    const hash = createHash('sha256').update(out.replace(ID_FIELD, '')).digest('hex').toUpperCase();
    const a = hash.slice(0, id[1]!.length).padEnd(id[1]!.length, '0');
    const b = hash.slice(0, id[2]!.length).padEnd(id[2]!.length, '0');
    out = out.replace(ID_FIELD, (whole) =>
      whole.replace(`<${id[1]}>`, `<${a}>`).replace(`<${id[2]}>`, `<${b}>`),
    );
  }
  return { pdf: Buffer.from(out, 'latin1'), normalised };
}

/** The dictionary text of object `id` in an uncompressed object table. */
function objectText(text: string, id: string): string | undefined {
  const start = new RegExp(`(?:^|[\\r\\n])${id} 0 obj\\b`).exec(text);
  if (!start) return undefined;
  const from = start.index + start[0].length;
  const end = text.indexOf('endobj', from);
  return text.slice(from, end === -1 ? undefined : end);
}

/**
 * Pages in a PDF written by Chromium: the /Count of the page tree's root, found from the
 * trailer's /Root catalog. (Skia writes a balanced tree; the first /Pages node in the file
 * is often an inner node that counts only some of the pages.)
 */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const trailers = [...text.matchAll(/\/Root (\d+) 0 R/g)];
  const catalog = trailers.length ? objectText(text, trailers.at(-1)![1]!) : undefined;
  const pagesRef = catalog && /\/Pages (\d+) 0 R/.exec(catalog)?.[1];
  const pages = pagesRef ? objectText(text, pagesRef) : undefined;
  const count = pages && /\/Count (\d+)/.exec(pages)?.[1];
  if (!count) throw new Error('the PDF has no page tree root (/Root → /Pages → /Count)');
  return Number(count);
}
