import { describe, expect, it } from 'vitest';
import { normalisePdf, pdfPageCount, renumberNodeIds } from '../../../src/cli/report/pdf-file.ts';

/** A PDF laid out as Skia writes one: an inner /Pages node before the root. */
function pdf(nodeBase: number, created: string): Buffer {
  const id = (n: number) => `(node${String(nodeBase + n).padStart(8, '0')})`;
  return Buffer.from(
    [
      '%PDF-1.4',
      `1 0 obj\n<</Creator (Chromium)\n/CreationDate (${created})\n/ModDate (${created})>>\nendobj`,
      '2 0 obj\n<</Type /Pages\n/Count 8\n/Parent 4 0 R\n/Kids []>>\nendobj',
      '3 0 obj\n<</Type /Pages\n/Count 7\n/Parent 4 0 R\n/Kids []>>\nendobj',
      '4 0 obj\n<</Type /Pages\n/Count 15\n/Kids [2 0 R 3 0 R]>>\nendobj',
      `5 0 obj\n<</Type /StructElem\n/S /TH\n/ID ${id(3)}>>\nendobj`,
      `6 0 obj\n<</Type /StructElem\n/S /TD\n/A [<</O /Table /Headers [${id(3)}]>>]\n/ID ${id(9)}>>\nendobj`,
      `7 0 obj\n<</Names [${id(3)} 5 0 R ${id(9)} 6 0 R]\n/Limits [${id(3)} ${id(9)}]>>\nendobj`,
      '8 0 obj\n<</Type /Catalog\n/Pages 4 0 R>>\nendobj',
      'trailer\n<</Size 9\n/Root 8 0 R\n/Info 1 0 R>>\n%%EOF\n',
    ].join('\n'),
    'latin1',
  );
}

describe('the PDF page count', () => {
  it('is the /Count of the page tree root the catalog points at, not of the first /Pages node', () => {
    expect(pdfPageCount(pdf(0, "D:20261129131605+00'00'"))).toBe(15);
  });

  it('refuses a file without a page tree root', () => {
    expect(() => pdfPageCount(Buffer.from('%PDF-1.4\n%%EOF\n'))).toThrow(/page tree root/);
  });
});

describe('the same PDF bytes for the same content', () => {
  it('renumbers Blink’s node ids in order, keeping every reference and the length', () => {
    const text = renumberNodeIds(pdf(4870, 'x').toString('latin1'));
    expect(text).toContain('/ID (node00000001)');
    expect(text).toContain('/Headers [(node00000001)]');
    expect(text).toContain('/Limits [(node00000001) (node00000002)]');
    expect(text.length).toBe(pdf(4870, 'x').length);
  });

  it('gives equal bytes for two prints made at different times with different node counters', () => {
    const a = normalisePdf(pdf(244, "D:20261129131605+00'00'"), '2026-11-06');
    const b = normalisePdf(pdf(4871, "D:20261130235959-05'00'"), '2026-11-06');
    expect(a.normalised && b.normalised).toBe(true);
    expect(a.pdf.equals(b.pdf)).toBe(true);
    expect(a.pdf.toString('latin1')).toContain("/CreationDate (D:20261106000000+00'00')");
  });
});
