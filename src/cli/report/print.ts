/** Printing portal pages to PDF with Chromium: which pages, with which header, and how. */
import { createServer } from 'node:http';
import { chromium, type Browser } from '@playwright/test';
import { createSitesHandler } from '../serve.ts';
import { dayLabel, monthLabel } from '../../lib/dates.ts';
import type { Entry, Model } from '../../lib/model/types.ts';
import type { Report } from '../../schemas/index.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { normalisePdf, pdfPageCount } from './pdf-file.ts';
import { urls } from '../../lib/urls.ts';

/** Paper sizes the PDF can be printed on. */
export type PaperFormat = 'letter' | 'a4';

/** One page to print. */
export interface PdfTarget {
  /** URL path in the staff folder. */
  path: string;
  fileName: string;
  /** Left and right of the running header. */
  header: [string, string];
  footer: string;
  /** The day written into the PDF's dates, so output does not depend on the clock. */
  date: string;
}

/** One printed PDF with its page count. */
export interface PdfResult {
  target: PdfTarget;
  pdf: Buffer;
  pages: number;
  normalised: boolean;
}

/** The pages to print for `client`: the report (when given) and the matrix (when asked). */
export function pdfTargets(
  model: Model,
  clientId: string,
  options: {
    report?: Entry<Report>;
    matrix: boolean;
    today: string;
    /** An annual report to the board: its year, status and presented day. */
    board?: { year: string; draft: boolean; presented?: string | undefined };
  },
): PdfTarget[] {
  const client = model.clientsById.get(clientId)!;
  const provider = model.provider.data.name;
  const targets: PdfTarget[] = [];
  const { report } = options;
  if (report) {
    const { data } = report;
    targets.push({
      path: urls.report(clientId, data.period),
      fileName: `${clientId}-security-report-${data.period}${data.status === 'draft' ? '-DRAFT' : ''}.pdf`,
      header: [
        client.data.name,
        `Security report, ${monthLabel(data.period)}${data.status === 'draft' ? ' (DRAFT)' : ''}`,
      ],
      footer: data.published_at
        ? `${provider} · published ${dayLabel(data.published_at)}`
        : `${provider} · draft, not published`,
      date: data.published_at ?? options.today,
    });
  }
  if (options.board) {
    const { year, draft, presented } = options.board;
    targets.push({
      path: urls.board(clientId, year),
      fileName: `${clientId}-board-report-${year}${draft ? '-DRAFT' : ''}.pdf`,
      header: [client.data.name, `Report to the board, ${year}${draft ? ' (DRAFT)' : ''}`],
      footer: presented
        ? `${provider} · presented ${presented}`
        : `${provider} · draft, not presented`,
      date: presented ?? options.today,
    });
  }
  if (options.matrix) {
    const { matrix } = client.data;
    targets.push({
      path: urls.clientMatrix(clientId),
      fileName: `${clientId}-responsibility-matrix-v${matrix.version}.pdf`,
      header: [client.data.name, `Responsibility matrix, version ${matrix.version}`],
      footer: `${provider} · effective ${dayLabel(matrix.effective)}`,
      date: matrix.effective,
    });
  }
  return targets;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The running header of a printed page: left and right text. */
export function headerTemplate([left, right]: [string, string]): string {
  return `<div style="font-family: system-ui, sans-serif; font-size: 8px; color: #333; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between;"><span>${escape(left)}</span><span>${escape(right)}</span></div>`;
}

/** The running footer: text, and "Page N of M". */
export function footerTemplate(text: string): string {
  return `<div style="font-family: system-ui, sans-serif; font-size: 8px; color: #333; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between;"><span>${escape(text)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

/**
 * Runs in the printed page: every link to the local preview server (whose port changes
 * from run to run) is pointed at the audience's published origin, or, without one, turned
 * into plain text. Links elsewhere (mail, phone, other sites) and links within the page
 * are left as they are.
 */
function rewritePortalLinks(origin: string | null): void {
  for (const link of [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]) {
    const url = new URL(link.getAttribute('href')!, location.href);
    if (url.origin !== location.origin) continue;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) continue;
    if (origin) {
      link.href = `${origin}${url.pathname}${url.search}${url.hash}`;
      continue;
    }
    const text = document.createElement('span');
    text.className = link.className;
    text.append(...link.childNodes);
    link.replaceWith(text);
  }
}

/** Chromium as Tandem drives it everywhere (see chromium.ts): PDFs, the benchmark. */
export function launchChromium(): Promise<Browser> {
  const path = chromiumPath();
  return chromium.launch({ ...(path ? { executablePath: path } : {}), args: CHROMIUM_ARGS });
}

/**
 * Serves the audience folders in `sitesDir` on a free port and prints every target to
 * PDF as `audience` (a client id, or `staff`) sees it.
 */
export async function printPdfs(
  sitesDir: string,
  audience: string,
  targets: readonly PdfTarget[],
  format: PaperFormat,
  /** The audience's published origin: links to the portal point there; without it they print as text. */
  linkOrigin?: string,
): Promise<PdfResult[]> {
  const { handler } = await createSitesHandler(sitesDir);
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ colorScheme: 'light' });
    const results: PdfResult[] = [];
    for (const target of targets) {
      const response = await page.goto(`http://${audience}.localhost:${port}${target.path}`, {
        waitUntil: 'networkidle',
      });
      if (!response?.ok())
        throw new Error(`${target.path} answered ${response?.status() ?? 'nothing'}`);
      await page.evaluate(rewritePortalLinks, linkOrigin ?? null);
      const raw = await page.pdf({
        format: format === 'a4' ? 'A4' : 'Letter',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(target.header),
        footerTemplate: footerTemplate(target.footer),
        margin: { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' },
        tagged: true,
        outline: true,
      });
      const { pdf, normalised } = normalisePdf(raw, target.date);
      results.push({ target, pdf, pages: pdfPageCount(pdf), normalised });
    }
    return results;
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}
