import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { htpasswdLine, nginxSites, standaloneNginxConf } from '../../../src/lib/deploy/nginx.ts';

const options = {
  audiences: ['alpha', 'staff'],
  sitesRoot: '/srv/sites/',
  domain: 'portal.example.com',
  listen: '443 ssl',
};

describe('nginx configuration', () => {
  it('gives each audience its own host and folder, and nothing to unknown hosts', () => {
    const conf = nginxSites({ ...options, htpasswdDir: '/etc/tandem/htpasswd' });
    expect(conf).toContain('server_name alpha.portal.example.com;');
    expect(conf).toContain('root "/srv/sites/alpha";');
    expect(conf).toContain('auth_basic_user_file "/etc/tandem/htpasswd/alpha.htpasswd";');
    expect(conf).toContain('server_name staff.portal.example.com;');
    expect(conf).toMatch(
      /listen 443 ssl default_server;\s+server_name _;\s+ssl_reject_handshake on;\s+return 444;/,
    );
    // Without TLS the catch-all has nothing to reject a handshake with.
    expect(nginxSites({ ...options, listen: '127.0.0.1:8080' })).not.toContain('ssl_reject_handshake');
    expect(conf).toContain(`add_header X-Robots-Tag "noindex, nofollow" always;`);
  });

  it('repeats the security headers in every location that sets its own', () => {
    const conf = nginxSites(options);
    const csp = conf.match(/add_header Content-Security-Policy/g) ?? [];
    // server level, the 404 page and /_astro/, for each of two audiences
    expect(csp).toHaveLength(6);
    expect(conf).not.toContain('auth_basic');
  });

  it('wraps the sites in a standalone nginx.conf under a prefix', () => {
    const conf = standaloneNginxConf(nginxSites(options), '/tmp/run', 'root');
    expect(conf.startsWith('user root;')).toBe(true);
    expect(conf).toContain('pid "/tmp/run/nginx.pid";');
  });
});

describe('sites.conf on a stock server', () => {
  it('holds only server blocks at its top level', () => {
    const conf = nginxSites(options);
    let depth = 0;
    const topLevel: string[] = [];
    for (const raw of conf.split('\n')) {
      const line = raw.trim();
      if (depth === 0 && line && !line.startsWith('#') && line !== 'server {') topLevel.push(line);
      depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
    }
    expect(topLevel).toEqual([]);
    expect(depth).toBe(0);
  });

  it('sends HSTS on every response with TLS, and not without', () => {
    const tls = nginxSites(options);
    expect(tls.match(/add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;/g)).toHaveLength(
      6,
    );
    expect(nginxSites({ ...options, listen: '127.0.0.1:8080' })).not.toContain(
      'Strict-Transport-Security',
    );
  });
});

describe('htpasswdLine', () => {
  it('writes a $2y$ bcrypt hash of the password', () => {
    const line = htpasswdLine('ava', 'correct horse', 4);
    const [user, hash] = line.split(':');
    expect(user).toBe('ava');
    expect(hash).toMatch(/^\$2y\$04\$[./A-Za-z0-9]{53}$/);
    expect(bcrypt.compareSync('correct horse', hash!.replace('$2y$', '$2b$'))).toBe(true);
    expect(bcrypt.compareSync('wrong horse', hash!.replace('$2y$', '$2b$'))).toBe(false);
  });

  it('refuses user names htpasswd cannot hold, and passwords bcrypt would cut short', () => {
    expect(() => htpasswdLine('a:b', 'x', 4)).toThrow(/cannot contain/);
    expect(() => htpasswdLine('ava', 'x'.repeat(73), 4)).toThrow(/72 bytes/);
  });
});
