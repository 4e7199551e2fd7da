/**
 * Every page the site will have, computed from the model before anything is rendered:
 * its URL, who may read it, and the element ids a link may point at. Content links are
 * checked against this map; the verify phase re-checks the built HTML.
 *
 * The pages come from the route table in src/lib/urls.ts. Anchors come from two places:
 * the headings of the page's own body (see headings.ts), and the ids the page templates
 * write, listed by each route. Ids a template writes inside <StaffOnly> are kept apart,
 * since client copies of the page lose them.
 */
import { today } from '../dates.ts';
import { ackFormPdfs } from '../records/ack-forms.ts';
import { changeMonths } from '../records/change-months.ts';
import { changesUpTo } from '../records/changes.ts';
import type { MatrixLedgerEntry } from '../records/matrix-ledger.ts';
import type { Model } from '../model/types.ts';
import type { Audience } from '../audience/audience.ts';
import { ROUTES, type ArchivedPage, type BoardPage, type RouteContext } from '../urls.ts';

export type { ArchivedPage, BoardPage } from '../urls.ts';

export interface SitePage {
  url: string;
  audience: Audience;
  /** Ids every reader of the page gets. */
  anchors: Set<string>;
  /** Ids only the staff copy has (inside <StaffOnly>). */
  staffAnchors: Set<string>;
  /** The content file the page shows, when it shows one. */
  file?: string;
}

export type SiteMap = Map<string, SitePage>;

/** Heading ids of each content body, by file. */
export type HeadingsByFile = ReadonlyMap<string, readonly string[]>;

/** Ids the layout writes on every page. */
const LAYOUT_IDS = ['main'];

/** The whole site for `model`; `headings` gives each body's heading ids. */
export function buildSiteMap(
  model: Model,
  headings: HeadingsByFile,
  archived: readonly ArchivedPage[] = [],
  matrixVersions: ReadonlyMap<string, readonly MatrixLedgerEntry[]> = new Map(),
  boards: readonly BoardPage[] = [],
): SiteMap {
  const context: RouteContext = {
    model,
    headings: (file) => headings.get(file) ?? [],
    archived,
    matrixVersions,
    boards,
    changeMonths: (client) =>
      changeMonths(changesUpTo(model, client, matrixVersions.get(client) ?? [], today())),
    ackFormPdfs: ackFormPdfs(),
  };
  const site: SiteMap = new Map();
  for (const route of ROUTES) {
    for (const page of route.pages(context)) {
      site.set(page.url, {
        url: page.url,
        audience: page.audience,
        anchors: new Set([...LAYOUT_IDS, ...(page.anchors ?? [])]),
        staffAnchors: new Set(page.staffAnchors ?? []),
        ...(page.file ? { file: page.file } : {}),
      });
    }
  }
  return site;
}
