/** `npm run deploy:nginx`: an nginx configuration (and htpasswd files) for the built folders. */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { htpasswdLine, nginxSites, standaloneNginxConf } from '../lib/deploy/nginx.ts';

export const deployNginxHelp = `Usage: npm run deploy:nginx -- --domain <domain> [options]

Writes an nginx configuration with one server block per audience folder in sites/:
staff.<domain> and <client-id>.<domain>, each serving only its own folder with the
same security headers as _headers.

  --domain <domain>        parent domain, e.g. portal.example.com (required)
  --listen <address>       listen directive (default: "443 ssl")
  --sites <dir>            built audience folders (default: TANDEM_OUT or ./sites)
  --out <dir>              where to write sites.conf and htpasswd/ (default: ./deploy)
  --credentials <csv>      audience,user,password rows; writes htpasswd/<audience>.htpasswd
                           and turns on HTTP basic auth for every audience
  --tls <cert>,<key>       certificate and key paths for "listen 443 ssl"
  --standalone <prefix>    also write nginx.conf that runs nginx under <prefix> (trials, tests)
`;

interface Credential {
  audience: string;
  user: string;
  password: string;
}

function readCredentials(text: string, file: string, audiences: Set<string>): Credential[] {
  const rows: string[][] = parse(text, { skip_empty_lines: true, trim: true });
  return rows
    .filter((row, i) => !(i === 0 && row[0] === 'audience'))
    .map((row, i) => {
      const [audience = '', user = '', password = ''] = row;
      if (!audiences.has(audience)) {
        throw new Error(
          `${file}: row ${i + 1}: unknown audience "${audience}" (expected staff or a client folder in sites/)`,
        );
      }
      if (!user || password.length < 12) {
        throw new Error(
          `${file}: row ${i + 1}: expected a user and a password of at least 12 characters`,
        );
      }
      return { audience, user, password };
    });
}

/** Writes the configuration; returns the process exit code. */
export async function runDeployNginxCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      domain: { type: 'string' },
      listen: { type: 'string', default: '443 ssl' },
      sites: { type: 'string' },
      out: { type: 'string', default: 'deploy' },
      credentials: { type: 'string' },
      tls: { type: 'string' },
      standalone: { type: 'string' },
      user: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(deployNginxHelp);
    return 0;
  }
  if (!values.domain) {
    process.stderr.write(`--domain is required\n\n${deployNginxHelp}`);
    return 2;
  }
  const sitesRoot = resolve(values.sites ?? process.env.TANDEM_OUT ?? 'sites');
  const outDir = resolve(values.out);
  const audiences = (
    await readdir(sitesRoot, { withFileTypes: true }).catch(() => {
      throw new Error(`no built folders in ${sitesRoot}: run "npm run build" first`);
    })
  )
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  await mkdir(outDir, { recursive: true });

  let htpasswdDir: string | undefined;
  if (values.credentials) {
    const file = resolve(values.credentials);
    const credentials = readCredentials(
      await readFile(file, 'utf8'),
      values.credentials,
      new Set(audiences),
    );
    htpasswdDir = join(outDir, 'htpasswd');
    await mkdir(htpasswdDir, { recursive: true });
    for (const audience of audiences) {
      const lines = credentials
        .filter((c) => c.audience === audience)
        .map((c) => htpasswdLine(c.user, c.password, randomBytes(8)));
      await writeFile(
        join(htpasswdDir, `${audience}.htpasswd`),
        lines.join('\n') + (lines.length ? '\n' : ''),
        { mode: 0o640 },
      );
    }
  }
  const [cert, key] = values.tls?.split(',') ?? [];
  const config = nginxSites({
    audiences,
    sitesRoot,
    domain: values.domain,
    listen: values.listen,
    ...(htpasswdDir ? { htpasswdDir } : {}),
    ...(cert && key
      ? { serverExtras: [`ssl_certificate ${cert};`, `ssl_certificate_key ${key};`] }
      : {}),
  });
  await writeFile(join(outDir, 'sites.conf'), config);
  if (values.standalone) {
    const prefix = resolve(values.standalone);
    await mkdir(join(prefix, 'tmp'), { recursive: true });
    await writeFile(join(outDir, 'nginx.conf'), standaloneNginxConf(config, prefix, values.user));
  }
  process.stdout.write(
    `Wrote ${join(outDir, 'sites.conf')} for ${audiences.length} audiences under ${values.domain}\n`,
  );
  for (const a of audiences)
    process.stdout.write(`  ${a}.${values.domain}  →  ${join(sitesRoot, a)}\n`);
  if (!htpasswdDir)
    process.stdout.write(
      'No --credentials: basic auth is off; put access control in front of every host.\n',
    );
  return 0;
}
