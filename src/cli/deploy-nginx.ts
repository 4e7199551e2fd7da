/** `npm run deploy:nginx`: an nginx configuration (and htpasswd files) for the built folders. */
import { chmod, chown, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import {
  htpasswdLine,
  listensWithTls,
  nginxSites,
  standaloneNginxConf,
} from '../lib/deploy/nginx.ts';

export const deployNginxHelp = `Usage: npm run deploy:nginx -- --domain <domain> [options]

Writes an nginx configuration with one server block per audience folder in sites/:
staff.<domain> and <client-id>.<domain>, each serving only its own folder with the
same security headers as _headers.

  --domain <domain>        parent domain, e.g. portal.example.com (required)
  --listen <address>       listen directive (default: "443 ssl")
  --sites <dir>            built audience folders (default: TANDEM_OUT or ./sites)
  --out <dir>              where to write sites.conf and htpasswd/ (default: ./deploy)
  --credentials <csv>      audience,user,password rows; writes htpasswd/<audience>.htpasswd
                           (bcrypt) and turns on HTTP basic auth for every audience
  --group <name>           group that may read the htpasswd files: nginx's worker group
                           (default: www-data); files are mode 0640
  --allow-plain-http       allow --credentials on a listener without TLS (passwords would
                           cross the network in clear text; for a trial on localhost only)
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

/** The id of group `name` from /etc/group, if it exists. */
async function groupId(name: string): Promise<number | undefined> {
  const groups = await readFile('/etc/group', 'utf8').catch(() => '');
  for (const line of groups.split('\n')) {
    const [group, , gid] = line.split(':');
    if (group === name && gid && /^\d+$/.test(gid)) return Number(gid);
  }
  return undefined;
}

/**
 * Hands `path` to `group` (owner unchanged) so nginx's workers can read it; returns a
 * note saying what to run when this process may not do it.
 */
async function giveToGroup(path: string, group: string): Promise<string | undefined> {
  const gid = await groupId(group);
  const advice = `htpasswd files are not readable by nginx yet: run  chgrp -R ${group} ${dirname(path)}  as root (files 0640, folder 0750)\n`;
  if (gid === undefined) return `group "${group}" does not exist here; ${advice}`;
  try {
    await chown(path, -1, gid);
    return undefined;
  } catch {
    return advice;
  }
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
      group: { type: 'string', default: 'www-data' },
      'allow-plain-http': { type: 'boolean', default: false },
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

  if (values.credentials && !listensWithTls(values.listen) && !values['allow-plain-http']) {
    process.stderr.write(
      `--credentials on "listen ${values.listen}" would send passwords without TLS: listen with "ssl" and give --tls, or pass --allow-plain-http for a trial on localhost\n`,
    );
    return 2;
  }
  let htpasswdDir: string | undefined;
  let unreadable: string | undefined;
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
        .map((c) => htpasswdLine(c.user, c.password));
      const file = join(htpasswdDir, `${audience}.htpasswd`);
      await writeFile(file, lines.join('\n') + (lines.length ? '\n' : ''), { mode: 0o640 });
      await chmod(file, 0o640);
      unreadable ??= await giveToGroup(file, values.group);
    }
    // nginx's workers must be able to enter the folder too.
    await chmod(htpasswdDir, 0o750);
    unreadable ??= await giveToGroup(htpasswdDir, values.group);
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
  if (unreadable) process.stdout.write(unreadable);
  if (!htpasswdDir)
    process.stdout.write(
      'No --credentials: basic auth is off; put access control in front of every host.\n',
    );
  return 0;
}
