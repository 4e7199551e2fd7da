/**
 * Splits the one rendered site into a folder per audience. Every page declared its
 * audience when it was rendered; a page goes to staff, and to each client its audience
 * names — never anywhere else. Client copies lose staff-only blocks and carry the
 * client's own masthead.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { clientMaySee } from '../lib/audience/audience.ts';
import {
  assetReferences,
  followsReferences,
  pageReferences,
  referenceClosure,
} from '../lib/audience/references.ts';
import {
  clientTemplate,
  titleForClient,
  collapseWhitespace,
  escapeHtml,
  extractMasthead,
  MarkerError,
  markCurrent,
  removeMarkers,
  takeAudience,
} from '../lib/audience/html.ts';
import { listFiles } from './files.ts';
import { urls } from '../lib/urls.ts';

export interface AssembleResult {
  /** Audience folder name → number of files written. */
  folders: Map<string, number>;
}

/**
 * The client a file under `clients/<id>/` belongs to. Such a file reaches no other client
 * even if one of their pages referred to it (the link check refuses that link anyway).
 */
export function owningClient(file: string): string | undefined {
  return /^clients\/([a-z0-9-]+)\//.exec(file)?.[1];
}

/**
 * Whether a non-page file goes into `client`'s folder: a page of that folder refers to it,
 * directly or through a stylesheet or script (src/lib/audience/references.ts), and it is
 * not another client's file. This is how any file gets an audience, including files later
 * features add: write it into the rendered site and link it from the pages of the
 * audiences that should have it.
 */
export function assetReaches(
  file: string,
  client: string,
  referenced: ReadonlySet<string>,
): boolean {
  const owner = owningClient(file);
  return referenced.has(file) && (owner === undefined || owner === client);
}

function redirectPage(target: string, name: string): string {
  const title = escapeHtml(name);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><meta http-equiv="refresh" content="0; url=${target}"><title>${title}</title></head><body><p><a href="${target}">Continue to ${title}</a></p></body></html>\n`;
}

export const ROBOTS_TXT = 'User-agent: *\nDisallow: /\n';

const made = new Set<string>();

async function ensureDir(dir: string): Promise<void> {
  if (made.has(dir)) return;
  await mkdir(dir, { recursive: true });
  made.add(dir);
}

async function write(path: string, content: string | Buffer): Promise<void> {
  await ensureDir(dirname(path));
  await writeFile(path, content);
}

async function copy(from: string, to: string): Promise<void> {
  await ensureDir(dirname(to));
  await copyFile(from, to);
}

/**
 * Assembles `sites/staff/` and `sites/<client>/` for every client in `clients` from the
 * rendered site in `renderDir`. Throws with the page named when a page is malformed.
 */
export async function assembleSites(
  renderDir: string,
  sitesDir: string,
  clients: ReadonlyArray<{ id: string; name: string }>,
): Promise<AssembleResult> {
  const files = await listFiles(renderDir);
  const counts = new Map<string, number>([
    ['staff', 0],
    ...clients.map((c) => [c.id, 0] as [string, number]),
  ]);
  const bump = (folder: string) => counts.set(folder, (counts.get(folder) ?? 0) + 1);

  const mastheads = new Map<string, string>();
  for (const client of clients) {
    const home = `clients/${client.id}/index.html`;
    try {
      mastheads.set(client.id, extractMasthead(await readFile(join(renderDir, home), 'utf8')));
    } catch (err) {
      throw new Error(`${home}: cannot read the client's masthead (${(err as Error).message})`);
    }
  }

  // What each client folder's pages refer to; the masthead's references are the client's own.
  const referenced = new Map<string, Set<string>>(
    clients.map((c) => [c.id, pageReferences(`clients/${c.id}/index.html`, mastheads.get(c.id)!)]),
  );
  const navigation = new Map<string, string>();
  // Each page's copies are written together: many small sequential writes waited on the
  // disk one at a time.
  for (const file of files) {
    const source = join(renderDir, file);
    if (!file.endsWith('.html')) continue;
    const page = takeAudience(collapseWhitespace(await readFile(source, 'utf8')));
    try {
      const writes = [write(join(sitesDir, 'staff', file), removeMarkers(page.html))];
      bump('staff');
      const readers = clients.filter((client) => clientMaySee(page.audience, client.id));
      if (readers.length) {
        // Staff blocks and markers are removed once; each client only adds its masthead.
        const template = clientTemplate(page.html);
        const refs = pageReferences(file, template.before + template.after);
        for (const client of readers) {
          const key = `${client.id}\u0000${template.section ?? ''}`;
          let masthead = navigation.get(key);
          if (masthead === undefined) {
            masthead = markCurrent(mastheads.get(client.id)!, template.section);
            navigation.set(key, masthead);
          }
          writes.push(
            write(
              join(sitesDir, client.id, file),
              titleForClient(template.before, client.name) + masthead + template.after,
            ),
          );
          bump(client.id);
          const own = referenced.get(client.id)!;
          for (const ref of refs) own.add(ref);
        }
      }
      await Promise.all(writes);
    } catch (err) {
      if (err instanceof MarkerError) throw new Error(`${file}: ${err.message}`);
      throw err;
    }
  }

  // Assets: staff gets every file; a client gets what its pages refer to, followed through
  // the stylesheets and scripts they load.
  const assets = files.filter((f) => !f.endsWith('.html'));
  const assetRefs = new Map<string, ReadonlySet<string>>();
  for (const file of assets.filter(followsReferences))
    assetRefs.set(file, assetReferences(file, await readFile(join(renderDir, file), 'utf8')));
  const reach = new Map(
    clients.map((c) => [
      c.id,
      referenceClosure(referenced.get(c.id)!, (f) => assetRefs.get(f) ?? new Set()),
    ]),
  );
  for (const file of assets) {
    const targets = [
      'staff',
      ...clients.filter((c) => assetReaches(file, c.id, reach.get(c.id)!)).map((c) => c.id),
    ];
    await Promise.all(
      targets.map((folder) => copy(join(renderDir, file), join(sitesDir, folder, file))),
    );
    targets.forEach(bump);
  }

  for (const folder of counts.keys()) {
    await write(join(sitesDir, folder, 'robots.txt'), ROBOTS_TXT);
    bump(folder);
  }
  for (const client of clients) {
    await write(
      join(sitesDir, client.id, 'index.html'),
      redirectPage(urls.client(client.id), client.name),
    );
    bump(client.id);
  }
  return { folders: counts };
}
