/**
 * Every address the site has, in one place. Pages and components link with `urls.*`,
 * write element ids with `anchors.*`, and the route table at the end of this file lists,
 * for each page file under src/pages/, the pages it writes for a content model: URL,
 * audience and the ids a link may point at. The link check's site map is computed from
 * that table (src/lib/checks/site-map.ts); a test compares it with a real build.
 *
 * Adding a route: an address function in `urls`, one entry in ROUTES, and the page file.
 */
import {
  ALL,
  clients,
  covers,
  policyAudience,
  reportAudience,
  runbookAudience,
  STAFF,
  type Audience,
} from './audience/audience.ts';
import type { CollectionName } from './content/layout.ts';
import { hasKit } from './due-diligence/view.ts';
import { controlAnchor } from './model/lookups.ts';
import type { Model } from './model/types.ts';
import type { MatrixLedgerEntry } from './records/matrix-ledger.ts';

/** What a policy's address depends on: its id, and the client that owns it, if any. */
export interface PolicyRef {
  id: string;
  data: { client?: string | undefined };
}

const client = (id: string) => `/clients/${id}`;

/** The address of every page, by what it shows. */
export const urls = {
  /** The staff dashboard; a client folder's home redirects to the client's page. */
  home: () => '/',
  notFound: () => '/404.html',
  search: () => '/search/',
  favicon: () => '/favicon.svg',
  robots: () => '/robots.txt',
  /** The staff Atom feed of every client's changes. */
  feed: () => '/feed.xml',
  services: () => '/services/',
  service: (id: string) => `/services/${id}/`,
  runbooks: () => '/runbooks/',
  /** The runbooks index for a breadcrumb: only staff can open it, so other readers get none. */
  runbooksIndexFor: (audience: Audience) =>
    audience.kind === 'staff' ? urls.runbooks() : undefined,
  runbook: (id: string) => `/runbooks/${id}/`,
  /** The staff list of every policy. */
  policies: () => '/policies/',
  /** The policies index for a breadcrumb: only staff can open it, so other readers get none. */
  policiesIndexFor: (audience: Audience) =>
    audience.kind === 'staff' ? urls.policies() : undefined,
  /** `/policies/<id>/`, or `/clients/<client>/policies/<id>/` for a client's own policy. */
  policy: (policy: PolicyRef) =>
    policy.data.client
      ? `${client(policy.data.client)}/policies/${policy.id}/`
      : `/policies/${policy.id}/`,
  /** The page of one superseded version, under its policy's page. */
  policyVersion: (policy: PolicyRef, version: string) =>
    `${urls.policy(policy)}versions/${version}/`,
  frameworks: () => '/frameworks/',
  framework: (id: string) => `/frameworks/${id}/`,
  /** Whether a page's readers can open the framework pages: only staff have them. */
  hasFrameworkPages: (audience: Audience) => audience.kind === 'staff',
  /** The provider-wide matrix (staff). */
  matrix: () => '/matrix/',
  /**
   * The matrix a page's readers can open: the template for staff, the client's own matrix
   * when the page is shared with exactly one client, otherwise none.
   */
  matrixFor: (audience: Audience) =>
    audience.kind === 'staff'
      ? urls.matrix()
      : audience.kind === 'clients' && audience.ids.length === 1
        ? urls.clientMatrix(audience.ids[0]!)
        : undefined,
  /** One activity's row in the provider-wide matrix. */
  matrixActivity: (activity: string) => at(urls.matrix(), anchors.activity(activity)),
  clients: () => '/clients/',
  client: (id: string) => `${client(id)}/`,
  clientMatrix: (id: string) => `${client(id)}/matrix/`,
  /** One activity's row in a client's matrix. */
  clientActivity: (id: string, activity: string) =>
    at(urls.clientMatrix(id), anchors.activity(activity)),
  matrixParties: (id: string) => `${client(id)}/matrix/parties/`,
  matrixCsv: (id: string) => `${client(id)}/matrix.csv`,
  matrixJson: (id: string) => `${client(id)}/matrix.json`,
  matrixVersions: (id: string) => `${client(id)}/matrix/versions/`,
  matrixVersion: (id: string, n: number | string) => `${client(id)}/matrix/versions/${n}/`,
  /** The client's own policies and the provider's policies it may read. */
  clientPolicies: (id: string) => `${client(id)}/policies/`,
  clientServices: (id: string) => `${client(id)}/services/`,
  reports: (id: string) => `${client(id)}/reports/`,
  /** One monthly report; `month` is `YYYY-MM`. */
  report: (id: string, month: string) => `${client(id)}/reports/${month}/`,
  /** The annual report to the board for `year`. */
  board: (id: string, year: string) => `${client(id)}/board/${year}/`,
  /** A client's evidence binders. */
  evidence: (id: string) => `${client(id)}/evidence/`,
  /** One framework's binder. */
  binder: (id: string, framework: string) => `${client(id)}/evidence/${framework}/`,
  /** One control's row in a binder. */
  binderControl: (id: string, framework: string, control: string) =>
    at(urls.binder(id, framework), anchors.control(control)),
  /** The CSV download next to a binder page. */
  binderCsv: (id: string, framework: string) => `${client(id)}/evidence/${framework}.csv`,
  evidenceRecords: (id: string) => `${client(id)}/evidence/records/`,
  /** An attached evidence file, copied into the client's folder by the build. */
  evidenceFile: (id: string, year: string, file: string) =>
    `${client(id)}/evidence/files/${year}/${file}`,
  exam: (id: string) => `${client(id)}/exam/`,
  dueDiligence: (id: string) => `${client(id)}/due-diligence/`,
  dueDiligenceSummary: (id: string) => `${client(id)}/due-diligence/summary/`,
  changes: (id: string) => `${client(id)}/changes/`,
  /** The client's changes in one month; `month` is `YYYY-MM`. */
  changeMonth: (id: string, month: string) => `${client(id)}/changes/${month}/`,
  clientFeed: (id: string) => `${client(id)}/feed.xml`,
  /** The acknowledgement form of one document: `matrix`, `policy:<id>` or `report:<YYYY-MM>`. */
  acknowledgement: (id: string, doc: string) => `${client(id)}/acknowledgements/${formSlug(doc)}/`,
  /** The printed acknowledgement form, beside its page (only in a build that prints them). */
  ackFormPdf: (id: string, doc: string) =>
    `${urls.acknowledgement(id, doc)}${ackFormFileName(id, doc)}`,
} as const;

/** The ids pages write for things a link may point at, by what they mark. */
export const anchors = {
  category: (id: string) => `cat-${id}`,
  /** A row of a matrix. */
  activity: (id: string) => `a-${id}`,
  /** A domain heading of a matrix. */
  domain: (id: string) => `d-${id}`,
  /** An activity on its service's page. */
  serviceActivity: (id: string) => `activity-${id}`,
  /** Step `n` (from 1) of a runbook. */
  step: (n: number) => `step-${n}`,
  control: controlAnchor,
  /** A group heading of a framework or binder. */
  controlGroup: (id: string) => `g-${controlAnchor(id)}`,
  party: (id: string) => `party-${id}`,
  /** A year heading of a client's report list. */
  year: (year: string) => `y-${year}`,
  /** A subscribed service on a client's services page. */
  subscription: (service: string) => `s-${service}`,
  /** An evidence record (`<yyyy>/<slug>`) on the records page. */
  record: (id: string) => `r-${id.replace('/', '-')}`,
  /** An exception in an exception table. */
  exception: (id: string) => `x-${id}`,
} as const;

/** The URL of the page that shows a content entry, for collections that have pages. */
export function pageUrlOf(
  collection: CollectionName,
  entry: { id: string; data: unknown },
): string | undefined {
  const data = entry.data as { client?: string; period?: string };
  switch (collection) {
    case 'services':
      return urls.service(entry.id);
    case 'runbooks':
      return urls.runbook(entry.id);
    case 'policies':
      return urls.policy({ id: entry.id, data });
    case 'reports':
      return urls.report(data.client ?? '', data.period ?? '');
    case 'clients':
      return urls.client(entry.id);
    default:
      return undefined;
  }
}

/** `url` pointing at the element with id `anchor`; `url` '' points into the same page. */
export function at(url: string, anchor: string): string {
  return `${url}#${anchor}`;
}

/** The acknowledgement form's path segment for a document key (`policy:x` → `policy-x`). */
export function formSlug(key: string): string {
  return key.replace(':', '-');
}

/** The file name of a printed acknowledgement form, e.g. `alpha-bank-acknowledgement-matrix.pdf`. */
export function ackFormFileName(id: string, doc: string): string {
  return `${id}-acknowledgement-${formSlug(doc)}.pdf`;
}

// ---------------------------------------------------------------------------------------
// The route table

/** A page the build writes, as the link check sees it. */
export interface RoutePage {
  url: string;
  audience: Audience;
  /** Ids every reader of the page gets. */
  anchors?: readonly string[];
  /** Ids only the staff copy has (inside <StaffOnly>). */
  staffAnchors?: readonly string[];
  /** The content file the page shows, when it shows one. */
  file?: string;
}

/** A superseded policy version in the archive (`…/archive/<policy>/<version>.mdx`). */
export interface ArchivedPage {
  file: string;
  policy: string;
  version: string;
}

/** A report to the board (`clients/<id>/board/<yyyy>.yaml`). */
export interface BoardPage {
  client: string;
  year: string;
  draft: boolean;
}

/** What the route table computes pages from: the model and the records read beside it. */
export interface RouteContext {
  model: Model;
  /** Heading ids of a content body, by file (empty when it has none). */
  headings: (file: string) => readonly string[];
  archived: readonly ArchivedPage[];
  /** Client id → its published matrix versions, as the matrix ledger records them. */
  matrixVersions: ReadonlyMap<string, readonly MatrixLedgerEntry[]>;
  boards: readonly BoardPage[];
  /** The months (`YYYY-MM`) in which something changed for a client, up to today. */
  changeMonths: (client: string) => readonly string[];
  /** Whether this build prints the acknowledgement forms to PDF beside their pages. */
  ackFormPdfs: boolean;
}

/** One page file and how to list the pages it writes. */
export interface Route {
  /** The file that writes these pages: under src/pages/, or public/ for static files. */
  source: string;
  pages: (context: RouteContext) => RoutePage[];
}

/** `ids` when `condition` holds: for ids a template writes only in some cases. */
function when(condition: boolean, ...ids: string[]): string[] {
  return condition ? ids : [];
}

/** One page per client, readable by that client. */
function perClient(
  url: (id: string) => string,
  anchorsOf: (context: RouteContext, id: string) => readonly string[] = () => [],
): Route['pages'] {
  return (context) =>
    context.model.clients.map((c) => ({
      url: url(c.id),
      audience: clients(c.id),
      anchors: anchorsOf(context, c.id),
    }));
}

/** The domain headings and activity rows of a matrix page. */
function matrixAnchors(model: Model): string[] {
  return [
    ...model.domains.map((d) => anchors.domain(d.id)),
    ...model.activities.map((a) => anchors.activity(a.id)),
  ];
}

/** The group headings and control rows of a framework's page or binder. */
function frameworkAnchors(model: Model, id: string): string[] {
  const fw = model.frameworksById.get(id);
  return [
    ...(fw?.data.groups ?? []).map((g) => anchors.controlGroup(g.id)),
    ...(fw?.data.controls ?? []).map((c) => anchors.control(c.id)),
  ];
}

/** Published matrix versions of `id`, numbered from 1. */
function matrixVersionNumbers(context: RouteContext, id: string): number[] {
  const count = context.matrixVersions.get(id)?.length ?? 0;
  return Array.from({ length: count }, (_, i) => i + 1);
}

/** The documents a client acknowledges: the matrix, its own policies, its published reports. */
function acknowledgedDocuments(context: RouteContext, id: string): string[] {
  const { model } = context;
  return [
    ...when((context.matrixVersions.get(id)?.length ?? 0) > 0, 'matrix'),
    ...model.policies.filter((p) => p.data.client === id).map((p) => `policy:${p.id}`),
    ...(model.reportsByClient.get(id) ?? [])
      .filter((r) => r.data.status === 'published')
      .map((r) => `report:${r.data.period}`),
  ];
}

const DUE_DILIGENCE_ANCHORS = ['items', 'cuecs', 'notices', 'documents'];

/** Every page file and the pages it writes. */
export const ROUTES: readonly Route[] = [
  {
    source: 'src/pages/index.astro',
    // Client folders get a redirect at the same address.
    pages: () => [
      {
        url: urls.home(),
        audience: ALL,
        staffAnchors: ['clients', 'reports', 'drafts', 'policies', 'runbooks', 'gaps'],
      },
    ],
  },
  { source: 'src/pages/404.astro', pages: () => [{ url: urls.notFound(), audience: ALL }] },
  {
    source: 'src/pages/search.astro',
    pages: () => [
      { url: urls.search(), audience: ALL, anchors: ['search', 'search-input', 'search-sort'] },
    ],
  },
  { source: 'public/favicon.svg', pages: () => [{ url: urls.favicon(), audience: ALL }] },
  { source: 'public/robots.txt', pages: () => [{ url: urls.robots(), audience: ALL }] },
  { source: 'src/pages/feed.xml.ts', pages: () => [{ url: urls.feed(), audience: STAFF }] },
  {
    source: 'src/pages/clients/index.astro',
    pages: () => [{ url: urls.clients(), audience: STAFF }],
  },
  {
    source: 'src/pages/policies/index.astro',
    pages: () => [{ url: urls.policies(), audience: STAFF }],
  },
  {
    source: 'src/pages/runbooks/index.astro',
    pages: () => [{ url: urls.runbooks(), audience: STAFF }],
  },
  {
    source: 'src/pages/frameworks/index.astro',
    pages: () => [{ url: urls.frameworks(), audience: STAFF }],
  },
  {
    source: 'src/pages/matrix/index.astro',
    pages: ({ model }) => [{ url: urls.matrix(), audience: STAFF, anchors: matrixAnchors(model) }],
  },
  {
    source: 'src/pages/services/index.astro',
    pages: ({ model }) => [
      {
        url: urls.services(),
        audience: ALL,
        anchors: [...new Set(model.services.map((s) => s.data.category))].map(anchors.category),
      },
    ],
  },
  {
    source: 'src/pages/services/[service].astro',
    pages: ({ model, headings }) =>
      model.services.map((service) => {
        const { data } = service;
        const delivered = model.activities.filter((a) => a.service === service.id);
        return {
          url: urls.service(service.id),
          audience: ALL,
          anchors: [
            ...headings(service.file),
            'includes',
            ...when(data.excludes.length > 0, 'excludes'),
            'tiers',
            ...when(data.kpis.length > 0, 'kpis'),
            ...when(delivered.length > 0, 'activities'),
            ...delivered.map((a) => anchors.serviceActivity(a.id)),
            ...when(data.controls.length > 0, 'controls'),
          ],
          staffAnchors: ['subscribers'],
          file: service.file,
        };
      }),
  },
  {
    source: 'src/pages/frameworks/[framework].astro',
    pages: ({ model }) =>
      model.frameworks.map((fw) => ({
        url: urls.framework(fw.id),
        audience: STAFF,
        anchors: frameworkAnchors(model, fw.id),
      })),
  },
  {
    source: 'src/pages/runbooks/[runbook].astro',
    pages: ({ model, headings }) =>
      model.runbooks.map((runbook) => {
        const { data } = runbook;
        return {
          url: urls.runbook(runbook.id),
          audience: runbookAudience(runbook),
          anchors: [
            ...headings(runbook.file),
            ...when(data.prerequisites.length > 0, 'prerequisites'),
            'steps',
            ...data.steps.map((_, i) => anchors.step(i + 1)),
            'escalation',
            'notes',
            ...when(data.services.length > 0, 'services'),
            ...when(data.activities.length > 0, 'activities'),
            ...when(data.controls.length > 0, 'controls'),
          ],
          file: runbook.file,
        };
      }),
  },
  ...([
    'src/pages/policies/[policy].astro',
    'src/pages/clients/[client]/policies/[policy].astro',
  ].map((source): Route => ({
    source,
    pages: ({ model, headings, archived }) =>
      model.policies
        .filter((policy) => Boolean(policy.data.client) === source.includes('[client]'))
        .map((policy) => {
          const { data } = policy;
          const audience = policyAudience(policy);
          const runbooks = data.runbooks.flatMap((id) => model.runbooksById.get(id) ?? []);
          const open = runbooks.filter((r) => covers(runbookAudience(r), audience));
          const versions = archived.some((v) => v.policy === policy.id);
          return {
            url: urls.policy(policy),
            audience,
            anchors: [
              ...headings(policy.file),
              ...when(data.controls.length > 0, 'controls'),
              ...when(data.services.length > 0, 'services'),
              ...when(open.length > 0, 'runbooks'),
              ...when(versions, 'versions'),
              'history',
            ],
            staffAnchors: when(open.length < runbooks.length, 'staff-runbooks'),
            file: policy.file,
          };
        }),
  })) satisfies Route[]),
  ...([
    'src/pages/policies/[policy]/versions/[version].astro',
    'src/pages/clients/[client]/policies/[policy]/versions/[version].astro',
  ].map((source): Route => ({
    source,
    pages: ({ model, headings, archived }) =>
      archived.flatMap((version) => {
        const policy = model.policiesById.get(version.policy);
        if (!policy || Boolean(policy.data.client) !== source.includes('[client]')) return [];
        return [
          {
            url: urls.policyVersion(policy, version.version),
            audience: policyAudience(policy),
            anchors: ['superseded-title', ...headings(version.file)],
            file: version.file,
          },
        ];
      }),
  })) satisfies Route[]),
  {
    source: 'src/pages/clients/[client]/index.astro',
    pages: ({ model }) =>
      model.clients.map((c) => ({
        url: urls.client(c.id),
        audience: clients(c.id),
        anchors: [
          'latest-report',
          'who-does-what',
          'people',
          'escalation',
          'services',
          ...when(
            model.runbooks.some((r) => r.data.shared_with.includes(c.id)),
            'runbooks',
          ),
        ],
        file: c.file,
      })),
  },
  {
    source: 'src/pages/clients/[client]/matrix/index.astro',
    pages: perClient(urls.clientMatrix, ({ model }) => [
      'matrix-table',
      'legend-title',
      'escalation',
      'changes',
      ...matrixAnchors(model),
    ]),
  },
  {
    source: 'src/pages/clients/[client]/matrix/parties.astro',
    pages: perClient(urls.matrixParties, ({ model }) =>
      model.parties.map((p) => anchors.party(p.id)),
    ),
  },
  { source: 'src/pages/clients/[client]/matrix.csv.ts', pages: perClient(urls.matrixCsv) },
  { source: 'src/pages/clients/[client]/matrix.json.ts', pages: perClient(urls.matrixJson) },
  {
    source: 'src/pages/clients/[client]/matrix/versions/index.astro',
    pages: perClient(urls.matrixVersions),
  },
  {
    source: 'src/pages/clients/[client]/matrix/versions/[version].astro',
    pages: (context) =>
      context.model.clients.flatMap((c) =>
        matrixVersionNumbers(context, c.id).map((n) => ({
          url: urls.matrixVersion(c.id, n),
          audience: clients(c.id),
          anchors: ['changes', 'rows'],
        })),
      ),
  },
  {
    source: 'src/pages/clients/[client]/policies/index.astro',
    pages: perClient(urls.clientPolicies, () => ['yours', 'provider']),
  },
  {
    source: 'src/pages/clients/[client]/services.astro',
    pages: perClient(urls.clientServices, ({ model }, id) => {
      const subscribed = model.clientsById.get(id)?.data.services ?? [];
      const ids = new Set(subscribed.map((s) => s.service));
      return [
        'targets',
        ...subscribed.map((s) => anchors.subscription(s.service)),
        ...when(
          model.services.some((s) => !ids.has(s.id)),
          'not-subscribed',
        ),
      ];
    }),
  },
  {
    source: 'src/pages/clients/[client]/evidence/index.astro',
    pages: perClient(urls.evidence, () => ['all', 'frameworks']),
  },
  {
    source: 'src/pages/clients/[client]/evidence/records/index.astro',
    pages: perClient(urls.evidenceRecords, () => ['records', 'exceptions', 'decisions']),
  },
  ...(
    [
      ['src/pages/clients/[client]/evidence/[framework].astro', urls.binder],
      ['src/pages/clients/[client]/evidence/[framework].csv.ts', urls.binderCsv],
    ] as const
  ).map(([source, url]): Route => ({
    source,
    pages: ({ model }) =>
      model.clients.flatMap((c) =>
        c.data.frameworks
          .filter((id) => model.frameworksById.has(id))
          .map((id) => ({
            url: url(c.id, id),
            audience: clients(c.id),
            anchors: source.endsWith('.astro')
              ? ['totals', 'controls', 'status-rules', ...frameworkAnchors(model, id)]
              : [],
          })),
      ),
  })),
  {
    source: 'src/pages/clients/[client]/exam/index.astro',
    pages: ({ model }) => model.clients.map((c) => ({ url: urls.exam(c.id), audience: STAFF })),
  },
  {
    source: 'src/pages/clients/[client]/reports/index.astro',
    pages: ({ model }) =>
      model.clients.map((c) => {
        const reports = model.reportsByClient.get(c.id) ?? [];
        const published = reports.filter((r) => r.data.status === 'published');
        return {
          url: urls.reports(c.id),
          audience: clients(c.id),
          anchors: [...new Set(published.map((r) => anchors.year(r.data.period.slice(0, 4))))],
          staffAnchors: when(published.length < reports.length, 'drafts'),
        };
      }),
  },
  {
    source: 'src/pages/clients/[client]/reports/[period].astro',
    pages: ({ model, headings }) =>
      model.clients.flatMap((c) =>
        (model.reportsByClient.get(c.id) ?? []).map((report) => ({
          url: urls.report(c.id, report.data.period),
          audience: reportAudience(report),
          anchors: [
            'measures',
            'summary',
            ...headings(report.file),
            'trends',
            'incidents',
            'vulnerabilities',
            'figures',
            'recommendations',
            'sign-off',
          ],
          file: report.file,
        })),
      ),
  },
  {
    source: 'src/pages/clients/[client]/board/[year].astro',
    pages: ({ model, boards }) =>
      boards
        .filter((b) => model.clientsById.has(b.client))
        .map((b) => ({
          url: urls.board(b.client, b.year),
          audience: b.draft ? STAFF : clients(b.client),
        })),
  },
  {
    source: 'src/pages/clients/[client]/due-diligence/index.astro',
    pages: (context) =>
      hasKit(context.model)
        ? perClient(urls.dueDiligence, () => DUE_DILIGENCE_ANCHORS)(context)
        : [],
  },
  {
    source: 'src/pages/clients/[client]/due-diligence/summary.astro',
    pages: (context) =>
      hasKit(context.model)
        ? perClient(urls.dueDiligenceSummary, () => DUE_DILIGENCE_ANCHORS)(context)
        : [],
  },
  { source: 'src/pages/clients/[client]/changes/index.astro', pages: perClient(urls.changes) },
  {
    source: 'src/pages/clients/[client]/changes/[month].astro',
    pages: (context) =>
      context.model.clients.flatMap((c) =>
        context.changeMonths(c.id).map((month) => ({
          url: urls.changeMonth(c.id, month),
          audience: clients(c.id),
        })),
      ),
  },
  { source: 'src/pages/clients/[client]/feed.xml.ts', pages: perClient(urls.clientFeed) },
  {
    source: 'src/pages/clients/[client]/acknowledgements/[doc].astro',
    pages: (context) =>
      context.model.clients.flatMap((c) =>
        acknowledgedDocuments(context, c.id).map((doc) => ({
          url: urls.acknowledgement(c.id, doc),
          audience: clients(c.id),
        })),
      ),
  },
  {
    // Not a page file: the build prints each form page to PDF when asked (TANDEM_ACK_FORMS=pdf).
    source: 'src/build/ack-form-pdfs.ts',
    pages: (context) =>
      context.ackFormPdfs
        ? context.model.clients.flatMap((c) =>
            acknowledgedDocuments(context, c.id).map((doc) => ({
              url: urls.ackFormPdf(c.id, doc),
              audience: clients(c.id),
            })),
          )
        : [],
  },
];
