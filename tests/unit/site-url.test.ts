import { describe, expect, it } from 'vitest';
import { audienceOrigin, baseUrlProblem } from '../../src/lib/site-url.ts';

describe('each audience’s published address', () => {
  it('is the audience as a host name under the base URL, as deploy:nginx serves it', () => {
    expect(audienceOrigin('https://portal.example.com', 'riverbend-cu')).toBe(
      'https://riverbend-cu.portal.example.com',
    );
    expect(audienceOrigin('https://portal.example.com/', 'staff')).toBe(
      'https://staff.portal.example.com',
    );
    expect(audienceOrigin('http://portal.test:8080', 'alpha-bank')).toBe(
      'http://alpha-bank.portal.test:8080',
    );
  });

  it('refuses base URLs that could not be one host per audience', () => {
    expect(baseUrlProblem('portal.example.com')).toMatch(/expected an address like/);
    expect(baseUrlProblem('ftp://portal.example.com')).toMatch(/http\(s\)/);
    expect(baseUrlProblem('https://example.com/portal/')).toMatch(/the path "\/portal\/"/);
    expect(baseUrlProblem('https://u:p@example.com')).toMatch(/user name/);
    expect(() => audienceOrigin('https://example.com/x', 'staff')).toThrow(/base URL/);
  });
});
