/**
 * The checks that read files rather than data: MDX bodies (syntax, components, images,
 * links), marker text, secrets and personal data, and client names where other clients
 * read. Astro cannot run these; `npm run check` and the build's check phase do.
 */
import { boardPages, publishedMatrixVersions } from '../records/site-pages.ts';
import type { MatrixLedgerEntry } from '../records/matrix-ledger.ts';
import { pageUrlOf, urls } from '../urls.ts';
import { contentRoot } from '../content/root.ts';
import type { Root } from 'mdast';
import {
  ALL,
  clients,
  policyAudience,
  reportAudience,
  runbookAudience,
  type Audience,
} from '../audience/audience.ts';
import { parseBody } from '../content/body.ts';
import { guard } from '../content/crash.ts';
import type { SourceFile } from '../content/read.ts';
import type { Entry, Model } from '../model/types.ts';
import type { Policy, Report, Runbook } from '../../schemas/index.ts';
import { error, type Problem } from '../problems.ts';
import { checkBodyNodes } from './body-rules.ts';
import { headingIds } from './headings.ts';
import { checkClientMentions, clientIdentifiers } from './leaks.ts';
import { BODY, placed } from './located.ts';
import { checkBodyLinks } from './links.ts';
import { checkMarkers } from './markers.ts';
import { checkSecrets, medicalRecordPattern } from './secrets/check.ts';
import { buildSiteMap, type ArchivedPage, type BoardPage, type SiteMap } from './site-map.ts';

/** Who reads what a validated file says, or undefined when the model lacks the file. */
export function sourceAudience(source: SourceFile, model: Model): Audience | undefined {
  const entry = entriesByFile(model).get(source.file);
  switch (source.collection) {
    case 'provider':
    case 'services':
    case 'domains':
    case 'frameworks':
    case 'dueDiligence':
      return entry ? ALL : undefined;
    case 'clients':
      return entry && clients(entry.id);
    case 'policies':
      return entry && policyAudience(entry as unknown as Entry<Policy>);
    case 'runbooks':
      return entry && runbookAudience(entry as unknown as Entry<Runbook>);
    case 'reports':
      return entry && reportAudience(entry as unknown as Entry<Report>);
    case 'policyArchive': {
      const policy = model.policiesById.get(archivedPage(source).policy);
      return policy && policyAudience(policy);
    }
  }
}

const fileIndexes = new WeakMap<Model, Map<string, { id: string; file: string }>>();

/** Every entry of the model by the file it was read from (built once per model). */
function entriesByFile(model: Model): Map<string, { id: string; file: string }> {
  let index = fileIndexes.get(model);
  if (!index) {
    index = new Map();
    const lists = [
      [model.provider],
      model.services,
      model.domains,
      model.frameworks,
      model.clients,
      model.policies,
      model.runbooks,
      model.reports,
      model.dueDiligence,
    ];
    for (const list of lists) for (const entry of list) index.set(entry.file, entry);
    fileIndexes.set(model, index);
  }
  return index;
}

/** The policy and version an archive file holds, from its path. */
function archivedPage(source: SourceFile): ArchivedPage {
  const [policy = '', version = ''] = source.id.split('/');
  return { file: source.file, policy, version };
}

/** The URL of the page that shows a source file, if it has one. */
function urlOf(source: SourceFile, model: Model): string | undefined {
  if (source.collection !== 'policyArchive') {
    return pageUrlOf(source.collection, { id: source.id, data: source.parsed.data });
  }
  const { policy, version } = archivedPage(source);
  const live = model.policiesById.get(policy);
  return live && urls.policyVersion(live, version);
}

function parseBodies(sources: Iterable<SourceFile>, problems: Problem[]): Map<string, Root> {
  const trees = new Map<string, Root>();
  for (const source of sources) {
    const { body, bodyOffset } = source.parsed;
    if (body === undefined || bodyOffset === undefined) continue;
    guard(source.file, () => {
      const parsed = parseBody(body, source.file.endsWith('.mdx'));
      for (const e of parsed.errors) {
        const rule = e.kind === 'html-comment' ? 'mdx/html-comment' : 'mdx/syntax';
        problems.push(
          placed(
            source,
            bodyOffset + e.offset,
            error(rule, source.file, BODY, e.message, {
              expected:
                e.kind === 'html-comment'
                  ? 'no HTML comments (for a note to editors, use {/* … */})'
                  : 'valid MDX',
            }),
          ),
        );
      }
      if (!parsed.tree) return;
      trees.set(source.file, parsed.tree);
      problems.push(...checkBodyNodes(source, parsed.tree));
    });
  }
  return trees;
}

/**
 * The pages the build will write for this content, with audiences and anchors (see
 * site-map.ts). `trees` are the parsed bodies, by file; missing ones are parsed here.
 */
export function siteMapFor(
  model: Model,
  sources: ReadonlyMap<string, SourceFile>,
  trees: ReadonlyMap<string, Root> = new Map(),
  matrixVersions: ReadonlyMap<string, readonly MatrixLedgerEntry[]> = publishedMatrixVersions(
    contentRoot(),
  ),
  boards: readonly BoardPage[] = boardPages(contentRoot()),
): SiteMap {
  const headings = new Map<string, string[]>();
  for (const source of sources.values()) {
    const { body } = source.parsed;
    if (body === undefined) continue;
    const tree = trees.get(source.file) ?? parseBody(body, source.file.endsWith('.mdx')).tree;
    if (tree) headings.set(source.file, headingIds(tree));
  }
  const archived = [...sources.values()]
    .filter((s) => s.collection === 'policyArchive')
    .map(archivedPage);
  return buildSiteMap(model, headings, archived, matrixVersions, boards);
}

/** Every file-level problem in `sources`; checks that need the model skip without one. */
export function checkSources(
  sources: ReadonlyMap<string, SourceFile>,
  model: Model | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const providerSource = [...sources.values()].find((s) => s.collection === 'provider');
  const pattern = (providerSource?.parsed.data as { medical_record_pattern?: unknown } | undefined)
    ?.medical_record_pattern;
  const mrn = medicalRecordPattern(
    typeof pattern === 'string' ? pattern : undefined,
    providerSource?.file ?? 'provider.yaml',
  );
  problems.push(...mrn.problems.map((p) => ({ ...p, ...providerSource?.parsed.locate(p.path) })));

  for (const source of sources.values()) {
    guard(source.file, () => {
      problems.push(...checkMarkers(source));
      problems.push(...checkSecrets(source, { medicalRecordPattern: mrn.regex }));
    });
  }

  const trees = parseBodies(sources.values(), problems);
  if (!model) return problems;

  const site = siteMapFor(model, sources, trees);
  const identifiers = clientIdentifiers(model);
  for (const source of sources.values()) {
    guard(source.file, () => {
      const audience = sourceAudience(source, model);
      if (!audience) return;
      problems.push(...checkClientMentions(source, audience, model, identifiers));
      const tree = trees.get(source.file);
      const url = urlOf(source, model);
      const page = url ? site.get(url) : undefined;
      if (tree && page && page.file === source.file) {
        problems.push(...checkBodyLinks(source, tree, page, site));
      }
    });
  }
  return problems;
}
