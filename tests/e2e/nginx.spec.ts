/**
 * The generated nginx configuration, included from Debian's stock nginx.conf (copied, with
 * its paths moved to a temporary folder and its site includes pointed at the generated
 * sites.conf), served by a real nginx on 127.0.0.1 whose workers run as www-data: each
 * client's credentials open only that client's host, nothing opens without credentials,
 * and the portal renders and searches under the production security headers.
 */
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sitesDir } from './fixtures.ts';

const nginxBinary = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find(
  (path) => spawnSync(path, ['-v']).status === 0,
);

const users = {
  staff: { username: 'sam', password: 'staff-password-123' },
  'alpha-bank': { username: 'ava', password: 'alpha-password-123' },
  'beta-clinic': { username: 'ben', password: 'beta-password-1234' },
} as const;

let nginx: ChildProcess | undefined;
let port = 0;
let workDir = '';

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function get(
  host: string,
  path: string,
  user?: { username: string; password: string },
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((done, fail) => {
    const headers: Record<string, string> = { Host: `${host}.localhost:${port}` };
    if (user)
      headers.Authorization = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

const STOCK_CONF = '/etc/nginx/nginx.conf';

/**
 * Debian's stock nginx.conf with its run-time paths moved into the work folder and its
 * site includes replaced by the generated sites.conf; everything else as shipped
 * (`gzip on`, the MIME types, `user www-data`).
 */
async function stockConf(sites: string): Promise<string> {
  const stock = await readFile(STOCK_CONF, 'utf8');
  const conf = stock
    .replace(/^pid .*;$/m, `pid ${join(workDir, 'nginx.pid')};`)
    .replace(/^error_log .*;$/m, `error_log ${join(workDir, 'error.log')};`)
    .replace(/^(\s*)access_log .*;$/m, `$1access_log ${join(workDir, 'access.log')};`)
    .replace(/^(\s*)error_log .*;$/m, `$1error_log ${join(workDir, 'error.log')};`)
    .replace(/^\s*include \/etc\/nginx\/conf\.d\/\*\.conf;$/m, '')
    .replace(/^(\s*)include \/etc\/nginx\/sites-enabled\/\*;$/m, `$1include ${sites};`);
  expect(conf).toContain(`include ${sites};`);
  expect(conf).toMatch(/^\s*gzip on;$/m);
  return conf;
}

test.describe('behind a real nginx', () => {
  // On a laptop without nginx the test is skipped; in CI (which installs it) it must run.
  if (process.env.CI && !nginxBinary)
    throw new Error('nginx is not installed, but CI must run the nginx test');
  test.skip(!nginxBinary, 'nginx is not installed (apt-get install nginx); .ci/run installs it');

  test.beforeAll(async () => {
    port = await freePort();
    workDir = await mkdtemp(join(tmpdir(), 'tandem-nginx-'));
    // nginx's workers (www-data) must reach the htpasswd files inside it.
    await chmod(workDir, 0o755);
    const csv = [
      'audience,user,password',
      ...Object.entries(users).map(([a, u]) => `${a},${u.username},${u.password}`),
    ].join('\n');
    await writeFile(join(workDir, 'credentials.csv'), csv);
    const args = [
      'src/cli/tandem.ts',
      'deploy:nginx',
      '--sites',
      sitesDir('basic'),
      '--domain',
      'localhost',
      '--listen',
      `127.0.0.1:${port}`,
      '--credentials',
      join(workDir, 'credentials.csv'),
      '--out',
      join(workDir, 'deploy'),
    ];
    const refused = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--allow-plain-http');
    const generated = spawnSync(process.execPath, [...args, '--allow-plain-http'], {
      encoding: 'utf8',
    });
    expect(generated.status, generated.stderr).toBe(0);
    const conf = join(workDir, 'nginx.conf');
    await writeFile(conf, await stockConf(join(workDir, 'deploy', 'sites.conf')));
    const tested = spawnSync(nginxBinary!, ['-t', '-e', join(workDir, 'test.log'), '-c', conf], {
      encoding: 'utf8',
    });
    expect(tested.status, tested.stderr).toBe(0);
    nginx = spawn(
      nginxBinary!,
      ['-e', join(workDir, 'error.log'), '-c', conf, '-g', 'daemon off;'],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 50; i++) {
      try {
        await get('staff', '/');
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(
      `nginx did not start: ${await readFile(join(workDir, 'error.log'), 'utf8').catch(() => '')}`,
    );
  });

  test.afterAll(() => {
    nginx?.kill('SIGTERM');
  });

  test('htpasswd files are bcrypt, mode 0640, and readable by the www-data group', async () => {
    const file = join(workDir, 'deploy', 'htpasswd', 'alpha-bank.htpasswd');
    const info = await stat(file);
    expect(info.mode & 0o777).toBe(0o640);
    if (process.getuid?.() === 0) {
      const group = (await readFile('/etc/group', 'utf8'))
        .split('\n')
        .find((line) => line.startsWith('www-data:'));
      expect(String(info.gid)).toBe(group?.split(':')[2]);
    }
    expect(await readFile(file, 'utf8')).toMatch(/^ava:\$2y\$10\$/);
  });

  test("client A's credentials open A's host and nothing else", async () => {
    const alpha = users['alpha-bank'];
    expect((await get('alpha-bank', '/clients/alpha-bank/', alpha)).status).toBe(200);
    expect((await get('alpha-bank', '/services/monitoring/', alpha)).status).toBe(200);
    expect((await get('beta-clinic', '/clients/beta-clinic/', alpha)).status).toBe(401);
    expect((await get('staff', '/', alpha)).status).toBe(401);
    // Even a right guess at another folder's path is not there on A's host.
    expect((await get('alpha-bank', '/clients/beta-clinic/', alpha)).status).toBe(404);
    expect((await get('beta-clinic', '/clients/beta-clinic/', users['beta-clinic'])).status).toBe(
      200,
    );
    expect((await get('staff', '/clients/beta-clinic/', users.staff)).status).toBe(200);
  });

  test('no credentials get 401 on every host, and unknown hosts get nothing', async () => {
    for (const host of ['staff', 'alpha-bank', 'beta-clinic']) {
      const response = await get(host, '/');
      expect(response.status, host).toBe(401);
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    await expect(get('gamma-unknown', '/', users.staff)).rejects.toThrow();
  });

  test('responses carry the security headers and hide checksums', async () => {
    const page = await get('alpha-bank', '/clients/alpha-bank/', users['alpha-bank']);
    expect(page.headers['content-security-policy']).toContain(
      "script-src 'self' 'wasm-unsafe-eval'",
    );
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(page.headers['permissions-policy']).toContain('camera=()');
    expect((await get('alpha-bank', '/SHA256SUMS', users['alpha-bank'])).status).toBe(404);
    const missing = await get('alpha-bank', '/no/such/page/', users['alpha-bank']);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Page not found');
  });

  test('pages render and search works in Chromium with no CSP violation', async ({ browser }) => {
    const context = await browser.newContext({ httpCredentials: users['alpha-bank'] });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`http://alpha-bank.localhost:${port}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alpha Canary Bank');
    await page.goto(`http://alpha-bank.localhost:${port}/clients/alpha-bank/matrix/`);
    await page.getByLabel('Party').selectOption({ label: 'Fixture Partners' });
    await expect(page.locator('.matrix-count')).toHaveText('Showing 5 of 6 activities');
    await page.goto(`http://alpha-bank.localhost:${port}/search/?q=quartzrestore`);
    await expect(page.locator('.search-result h2 a').first()).toHaveText('Fixture Restore Drill');
    expect(problems).toEqual([]);
    await context.close();
  });
});
