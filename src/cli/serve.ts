/**
 * `npm run serve`: serves every audience folder under sites/ on one port, by host name —
 * `staff.localhost` (and plain `localhost`) for staff, `<client-id>.localhost` for each
 * client — with the same security headers as production, so the local portal behaves
 * like the deployed one (one hostname per audience).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';
import { SECURITY_HEADERS } from '../lib/audience/headers.ts';

export const serveHelp = `Usage: npm run serve -- [--port 4321] [--host 127.0.0.1] [--out sites]

Serves the built audience folders: http://staff.localhost:<port>/ (also http://localhost:<port>/)
for staff, http://<client-id>.localhost:<port>/ for each client.
`;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type Static = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Picks the audience folder for a request's Host header. */
export function audienceForHost(
  host: string | undefined,
  folders: ReadonlySet<string>,
): string | undefined {
  const name = (host ?? '').split(':')[0]!.toLowerCase();
  if (name === 'localhost' || name === '127.0.0.1' || name === '[::1]') return 'staff';
  const sub = name.endsWith('.localhost') ? name.slice(0, -'.localhost'.length) : undefined;
  return sub && folders.has(sub) ? sub : undefined;
}

/** One build's audience folders, each with its static file server and 404 page. */
interface Generation {
  /** Identity of the output folder this was read from: a rebuild swaps in a new folder. */
  stamp: string;
  folders: string[];
  known: ReadonlySet<string>;
  servers: Map<string, Static>;
  notFound: Map<string, Buffer>;
}

/** Identity of `outDir` as it is now: its inode and change time (a swap changes both). */
async function folderStamp(outDir: string): Promise<string> {
  const info = await stat(outDir);
  return `${info.ino}:${info.ctimeMs}:${info.mtimeMs}`;
}

async function readGeneration(outDir: string, stamp: string): Promise<Generation> {
  const folders = (await readdir(outDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const servers = new Map<string, Static>();
  const notFound = new Map<string, Buffer>();
  for (const folder of folders) {
    const root = join(outDir, folder);
    servers.set(
      folder,
      sirv(root, {
        dev: false,
        etag: true,
        dotfiles: false,
        setHeaders: (res) => {
          for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
        },
      }),
    );
    notFound.set(
      folder,
      await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found')),
    );
  }
  return { stamp, folders, known: new Set(folders), servers, notFound };
}

/**
 * A request handler over the folders in `outDir`. A build replaces `outDir` by renaming a
 * new folder into its place, so the handler checks the folder's identity on each request
 * and re-reads it after a rebuild: new pages are served without restarting.
 */
export async function createSitesHandler(
  outDir: string,
): Promise<{ handler: Handler; folders: string[] }> {
  let current = await readGeneration(outDir, await folderStamp(outDir));
  let reading: Promise<Generation> | undefined;
  /** The generation for the output as it is now; undefined while a swap is half done. */
  const resolveGeneration = async (): Promise<Generation | undefined> => {
    const stamp = await folderStamp(outDir).catch(() => undefined);
    if (!stamp) return undefined;
    if (stamp === current.stamp) return current;
    reading ??= readGeneration(outDir, stamp).finally(() => {
      reading = undefined;
    });
    current = await reading.catch(() => current);
    return current;
  };
  // Compress like a real host does (nginx gzip, Cloudflare), so transfer sizes measured
  // locally are the ones users get. Pagefind's .pf_* files are already gzip.
  const compress = compression({
    filter: (req, res) => !/\.pf_[a-z]+$/.test(req.url ?? '') && compression.filter(req, res),
  });
  const handler: Handler = (req, res) =>
    compress(req as never, res as never, () => {
      resolveGeneration().then(
        (generation) => serve(generation, req, res),
        () => serve(undefined, req, res),
      );
    });
  const serve = (generation: Generation | undefined, req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
    if (!generation) {
      res
        .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' })
        .end('The portal is being rebuilt; reload in a moment.\n');
      return;
    }
    const folder = audienceForHost(req.headers.host, generation.known);
    if (!folder) {
      res
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('No audience folder for this host name.\n');
      return;
    }
    generation.servers.get(folder)!(req, res, () => {
      res
        .writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(generation.notFound.get(folder));
    });
  };
  return { handler, folders: current.folders };
}

/** Starts the server; resolves with its port once listening. */
export async function runServeCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(serveHelp);
    return 0;
  }
  if (!['127.0.0.1', 'localhost', '::1'].includes(values.host)) {
    process.stderr.write(
      `serve is a local preview: it gives localhost the staff folder without a password, so it only listens on this machine (found --host ${values.host}). Deploy each folder behind access control instead (docs/deployment.md).\n`,
    );
    return 2;
  }
  const outDir = resolve(values.out ?? process.env.TANDEM_OUT ?? 'sites');
  const { handler, folders } = await createSitesHandler(outDir).catch(() => {
    throw new Error(`nothing to serve in ${outDir}: run "npm run build" first`);
  });
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(Number(values.port), values.host, done));
  const port = (server.address() as { port: number }).port;
  const out = process.stdout;
  out.write(`\nTandem is serving ${outDir}\n\n`);
  out.write(`  Staff portal        http://localhost:${port}/\n`);
  for (const folder of folders.filter((f) => f !== 'staff')) {
    out.write(`  ${folder.padEnd(20)}http://${folder}.localhost:${port}/\n`);
  }
  out.write(`\nEach client address serves only that client's folder. Press Ctrl+C to stop.\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', () => server.close(() => done()));
    process.once('SIGTERM', () => server.close(() => done()));
  });
  return 0;
}
