/**
 * Ids that come from file and folder names become URL segments and, for clients, the
 * name of a whole site folder and host name. They must be plain lowercase, and a client
 * must not take a name the built site already uses.
 */
import type { Model } from '../model/types.ts';
import { error, type Problem } from '../problems.ts';

/** What an id written as a file or folder name may look like. */
export const ID_PATTERN = /^[a-z0-9-]+$/;

/**
 * A client id is the host name label of its folder (`<id>.portal.example.com`): 1–63
 * characters, letters, digits and single hyphens inside, no leading or trailing hyphen,
 * and no double hyphen (so no `xn--` prefix, which marks an internationalised name).
 * @see https://www.rfc-editor.org/rfc/rfc1123#section-2.1
 */
export function isDnsLabel(id: string): boolean {
  // A double hyphen is refused anywhere, which also refuses the `xn--` prefix.
  return /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(id) && !id.includes('--');
}

/**
 * Names a client id may not take: the staff folder, and every top-level file or folder of
 * a built audience folder (routes in src/pages/, files in public/, and what the build adds).
 * A test keeps this list in step with src/pages/ and public/.
 */
export const RESERVED_CLIENT_IDS: ReadonlySet<string> = new Set([
  'staff',
  'pagefind',
  '_astro',
  '_headers',
  'clients',
  'services',
  'policies',
  'runbooks',
  'frameworks',
  'matrix',
  'search',
  'index',
  '404',
  'favicon',
  'robots',
  'sha256sums',
  'assets',
  'api',
  // The staff folder's Atom feed of every client's changes.
  'feed',
  'feed.xml',
]);

function named(model: Model) {
  return [
    ...model.clients.map((e) => ({ kind: 'client', id: e.id, file: e.file, where: 'folder' })),
    ...model.services.map((e) => ({ kind: 'service', id: e.id, file: e.file, where: 'file' })),
    ...model.domains.map((e) => ({ kind: 'domain', id: e.id, file: e.file, where: 'file' })),
    ...model.frameworks.map((e) => ({ kind: 'framework', id: e.id, file: e.file, where: 'file' })),
    ...model.policies.map((e) => ({ kind: 'policy', id: e.id, file: e.file, where: 'file' })),
    ...model.runbooks.map((e) => ({ kind: 'runbook', id: e.id, file: e.file, where: 'file' })),
  ];
}

/** Ids taken from names that cannot be used, and client ids that clash with the site. */
export function checkIds(model: Model): Problem[] {
  const problems: Problem[] = [];
  for (const { kind, id, file, where } of named(model)) {
    if (!ID_PATTERN.test(id)) {
      problems.push(
        error('ids/format', file, [], `the ${where} name gives the ${kind} id "${id}"`, {
          expected: `an id matching ${ID_PATTERN.source} (lowercase letters, digits, hyphens)`,
          found: `"${id}"`,
        }),
      );
    } else if (kind === 'client' && !isDnsLabel(id)) {
      problems.push(
        error('ids/host-name', file, [], `the client id "${id}" is not a valid host name label`, {
          expected:
            '1–63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit, no "--"',
          found: `"${id}"`,
        }),
      );
    } else if (kind === 'client' && RESERVED_CLIENT_IDS.has(id)) {
      problems.push(
        error(
          'ids/reserved',
          file,
          [],
          `"${id}" is a name the built site already uses, so it cannot be a client id`,
          {
            expected: `a client folder name other than ${[...RESERVED_CLIENT_IDS].join(', ')}`,
            found: `clients/${id}/`,
          },
        ),
      );
    }
  }
  return problems;
}
