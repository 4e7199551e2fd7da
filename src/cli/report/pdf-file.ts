/**
 * Making Chromium's PDF the same bytes for the same input. Chromium (Skia) stamps the
 * document info with the time of printing (/CreationDate and /ModDate) and writes no /ID,
 * so those two dates are the only bytes that change between runs. They are rewritten in
 * place with a date that comes from the content, at the same length, so the xref offsets
 * stay valid.
 */
import { createHash } from 'node:crypto';

const DATE_FIELD = /\/(CreationDate|ModDate) \((D:[^)]*)\)/g;
const ID_FIELD = /\/ID \[<([0-9A-Fa-f]+)> ?<([0-9A-Fa-f]+)>\]/;

/** `D:YYYYMMDD000000+00'00'` for a `YYYY-MM-DD` day. */
export function pdfDate(day: string): string {
  return `D:${day.replace(/-/g, '')}000000+00'00'`;
}

/** `pdf` with its info dates set to `day` (and any /ID derived from the content). */
export function normalisePdf(pdf: Buffer, day: string): { pdf: Buffer; normalised: boolean } {
  const text = pdf.toString('latin1');
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

/** Pages in a PDF written by Chromium: its page-tree root's /Count. */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const root = /\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(text);
  return root ? Number(root[1]) : (text.match(/\/Type \/Page(?![s\w])/g) ?? []).length;
}
