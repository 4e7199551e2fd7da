import { createHash } from 'node:crypto';
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

describe('htpasswdLine', () => {
  it('writes a salted SHA-1 nginx can verify', () => {
    const salt = Buffer.from('0123456789abcdef', 'hex');
    const line = htpasswdLine('ava', 'correct horse', salt);
    const [user, hash] = line.split(':');
    expect(user).toBe('ava');
    const decoded = Buffer.from(hash!.replace('{SSHA}', ''), 'base64');
    expect(decoded.subarray(20)).toEqual(salt);
    expect(decoded.subarray(0, 20)).toEqual(
      createHash('sha1').update('correct horse').update(salt).digest(),
    );
  });

  it('refuses user names htpasswd cannot hold', () => {
    expect(() => htpasswdLine('a:b', 'x', Buffer.alloc(8))).toThrow(/cannot contain/);
  });
});
