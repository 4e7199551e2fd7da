/**
 * Every page the site will have, computed from the model before anything is rendered:
 * its URL, who may read it, and the element ids a link may point at. Content links are
 * checked against this map; the verify phase re-checks the built HTML.
 *
 * Anchors come from two places: the headings of the page's own body (see headings.ts),
 * and the fixed ids the page templates in src/pages/ write. Ids a template writes inside
 * <StaffOnly> are kept apart, since client copies of the page lose them.
 */
import { hasKit } from '../due-diligence/view.ts';
import { recordPagePaths } from '../records/site-pages.ts';
import type { MatrixLedgerEntry } from '../records/matrix-ledger.ts';
import { today } from '../dates.ts';
import {
  ALL,
  clients,
  covers,
  policyAudience,
  reportAudience,
  runbookAudience,
  STAFF,
  type Audience,
} from '../audience/audience.ts';
import type { CollectionName } from '../content/layout.ts';
import { controlAnchor } from '../model/lookups.ts';
import type { Model } from '../model/types.ts';

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

/** A superseded policy version in the archive (`…/archive/<policy>/<version>.mdx`). */
export interface ArchivedPage {
  file: string;
  policy: string;
  version: string;
}

/** Ids the layout writes on every page. */
const LAYOUT_IDS = ['main'];

/** The URL of the page that shows a content entry, for collections that have pages. */
export function pageUrlOf(
  collection: CollectionName,
  entry: { id: string; data: unknown },
): string | undefined {
  const data = entry.data as { client?: string; period?: string };
  switch (collection) {
    case 'services':
      return `/services/${entry.id}/`;
    case 'runbooks':
      return `/runbooks/${entry.id}/`;
    case 'policies':
      return data.client
        ? `/clients/${data.client}/policies/${entry.id}/`
        : `/policies/${entry.id}/`;
    case 'reports':
      return `/clients/${data.client}/reports/${data.period}/`;
    case 'clients':
      return `/clients/${entry.id}/`;
    default:
      return undefined;
  }
}

function when(condition: boolean, ...ids: string[]): string[] {
  return condition ? ids : [];
}

class SiteMapBuilder {
  readonly pages: SiteMap = new Map();

  add(
    url: string,
    audience: Audience,
    anchors: readonly string[] = [],
    staffAnchors: readonly string[] = [],
    file?: string,
  ): void {
    this.pages.set(url, {
      url,
      audience,
      anchors: new Set([...LAYOUT_IDS, ...anchors]),
      staffAnchors: new Set(staffAnchors),
      ...(file ? { file } : {}),
    });
  }
}

/** The whole site for `model`; `headings` gives each body's heading ids. */
export function buildSiteMap(
  model: Model,
  headings: HeadingsByFile,
  archived: readonly ArchivedPage[] = [],
  matrixVersions: ReadonlyMap<string, readonly MatrixLedgerEntry[]> = new Map(),
): SiteMap {
  const site = new SiteMapBuilder();
  const body = (file: string) => headings.get(file) ?? [];

  // The staff home; client folders get a redirect at the same address.
  site.add('/', ALL, [], ['clients', 'reports', 'drafts', 'policies', 'runbooks', 'gaps']);
  site.add('/404.html', ALL);
  site.add('/search/', ALL, ['search', 'search-input', 'search-sort']);
  site.add('/favicon.svg', ALL);
  site.add('/robots.txt', ALL);
  site.add('/clients/', STAFF);
  site.add('/policies/', STAFF);
  site.add('/runbooks/', STAFF);
  site.add('/frameworks/', STAFF);
  site.add('/matrix/', STAFF, [
    ...model.domains.map((d) => `d-${d.id}`),
    ...model.activities.map((a) => `a-${a.id}`),
  ]);

  const categories = new Set(model.services.map((s) => s.data.category));
  site.add(
    '/services/',
    ALL,
    [...categories].map((c) => `cat-${c}`),
  );
  for (const service of model.services) {
    const { data } = service;
    const delivered = model.activities.filter((a) => a.service === service.id);
    site.add(
      `/services/${service.id}/`,
      ALL,
      [
        ...body(service.file),
        'includes',
        ...when(data.excludes.length > 0, 'excludes'),
        'tiers',
        ...when(data.kpis.length > 0, 'kpis'),
        ...when(delivered.length > 0, 'activities'),
        ...delivered.map((a) => `activity-${a.id}`),
        ...when(data.controls.length > 0, 'controls'),
      ],
      ['subscribers'],
      service.file,
    );
  }

  for (const fw of model.frameworks) {
    site.add(`/frameworks/${fw.id}/`, STAFF, [
      ...fw.data.groups.map((g) => `g-${controlAnchor(g.id)}`),
      ...fw.data.controls.map((c) => controlAnchor(c.id)),
    ]);
  }

  for (const runbook of model.runbooks) {
    const { data } = runbook;
    site.add(
      `/runbooks/${runbook.id}/`,
      runbookAudience(runbook),
      [
        ...body(runbook.file),
        ...when(data.prerequisites.length > 0, 'prerequisites'),
        'steps',
        ...data.steps.map((_, i) => `step-${i + 1}`),
        'escalation',
        'notes',
        ...when(data.services.length > 0, 'services'),
        ...when(data.activities.length > 0, 'activities'),
        ...when(data.controls.length > 0, 'controls'),
      ],
      [],
      runbook.file,
    );
  }

  for (const policy of model.policies) {
    const { data } = policy;
    const audience = policyAudience(policy);
    const runbooks = data.runbooks.flatMap((id) => model.runbooksById.get(id) ?? []);
    const open = runbooks.filter((r) => covers(runbookAudience(r), audience));
    const url = pageUrlOf('policies', policy)!;
    const versions = archived.filter((v) => v.policy === policy.id);
    site.add(
      url,
      audience,
      [
        ...body(policy.file),
        ...when(data.controls.length > 0, 'controls'),
        ...when(data.services.length > 0, 'services'),
        ...when(open.length > 0, 'runbooks'),
        ...when(versions.length > 0, 'versions'),
        'history',
      ],
      when(open.length < runbooks.length, 'staff-runbooks'),
      policy.file,
    );
    for (const version of versions) {
      site.add(
        `${url}versions/${version.version}/`,
        audience,
        ['superseded-title', ...body(version.file)],
        [],
        version.file,
      );
    }
  }

  for (const client of model.clients) {
    const base = `/clients/${client.id}`;
    const audience = clients(client.id);
    const reports = model.reportsByClient.get(client.id) ?? [];
    const published = reports.filter((r) => r.data.status === 'published');
    const subscribed = new Set(client.data.services.map((s) => s.service));
    const shared = model.runbooks.filter((r) => r.data.shared_with.includes(client.id));
    site.add(
      `${base}/`,
      audience,
      [
        'latest-report',
        'who-does-what',
        'people',
        'escalation',
        'services',
        ...when(shared.length > 0, 'runbooks'),
      ],
      [],
      client.file,
    );
    site.add(`${base}/matrix/`, audience, [
      'matrix-table',
      'legend-title',
      'escalation',
      'changes',
      ...model.domains.map((d) => `d-${d.id}`),
      ...model.activities.map((a) => `a-${a.id}`),
    ]);
    site.add(
      `${base}/matrix/parties/`,
      audience,
      model.parties.map((p) => `party-${p.id}`),
    );
    site.add(`${base}/matrix.csv`, audience);
    site.add(`${base}/matrix.json`, audience);
    site.add(`${base}/policies/`, audience, ['yours', 'provider']);
    const binders = client.data.frameworks.flatMap((id) => model.frameworksById.get(id) ?? []);
    site.add(`${base}/evidence/`, audience, ['all', 'frameworks']);
    site.add(`${base}/evidence/records/`, audience, ['records', 'exceptions', 'decisions']);
    site.add(`${base}/exam/`, STAFF);
    for (const fw of binders) {
      site.add(`${base}/evidence/${fw.id}/`, audience, [
        'totals',
        'controls',
        'status-rules',
        ...fw.data.groups.map((g) => `g-${controlAnchor(g.id)}`),
        ...fw.data.controls.map((c) => controlAnchor(c.id)),
      ]);
      site.add(`${base}/evidence/${fw.id}.csv`, audience);
    }
    site.add(
      `${base}/reports/`,
      audience,
      [...new Set(published.map((r) => `y-${r.data.period.slice(0, 4)}`))],
      when(published.length < reports.length, 'drafts'),
    );
    if (hasKit(model)) {
      site.add(`${base}/due-diligence/`, audience, ['items', 'cuecs', 'notices', 'documents']);
      site.add(`${base}/due-diligence/summary/`, audience, [
        'items',
        'cuecs',
        'notices',
        'documents',
      ]);
    }
    site.add(`${base}/services/`, audience, [
      'targets',
      ...client.data.services.map((s) => `s-${s.service}`),
      ...when(
        model.services.some((s) => !subscribed.has(s.id)),
        'not-subscribed',
      ),
    ]);
    for (const report of reports) {
      site.add(
        pageUrlOf('reports', report)!,
        reportAudience(report),
        [
          'measures',
          'summary',
          ...body(report.file),
          'trends',
          'incidents',
          'vulnerabilities',
          'figures',
          'recommendations',
          'sign-off',
        ],
        [],
        report.file,
      );
    }
    const matrix = matrixVersions.get(client.id) ?? [];
    for (const page of recordPagePaths(model, client.id, matrix, today())) {
      site.add(page.url, audience, page.anchors);
    }
  }
  site.add('/feed.xml', STAFF);
  return site.pages;
}
