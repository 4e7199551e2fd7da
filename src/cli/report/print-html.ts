/** Printing self-contained HTML documents (an examiner package's binders) to PDF with the same Chromium setup. */
import { normalisePdf } from './pdf-file.ts';
import { footerTemplate, headerTemplate, launchChromium } from './print.ts';

/** One document to print. */
export interface HtmlDocument {
  html: string;
  header: [string, string];
  footer: string;
}

/** Prints each document to a landscape Letter PDF whose dates are set to `day`. */
export async function printHtmlDocuments(
  docs: readonly HtmlDocument[],
  day: string,
): Promise<Buffer[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ colorScheme: 'light' });
    const out: Buffer[] = [];
    for (const doc of docs) {
      await page.setContent(doc.html, { waitUntil: 'load' });
      const raw = await page.pdf({
        format: 'Letter',
        landscape: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(doc.header),
        footerTemplate: footerTemplate(doc.footer),
        margin: { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' },
        tagged: true,
      });
      out.push(normalisePdf(raw, day).pdf);
    }
    return out;
  } finally {
    await browser.close();
  }
}
