/**
 * Where each audience's portal is published: one host name per audience under the
 * provider's parent address (`site.base_url` in provider.yaml, or `--base-url`), as
 * `npm run deploy:nginx` serves it: https://portal.example.com gives
 * https://<audience>.portal.example.com/ for each client and for staff.
 */

/** Why `value` cannot be a base URL, or undefined when it can. */
export function baseUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `expected an address like https://portal.example.com, found "${value}"`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `expected an http(s) address, found "${url.protocol}"`;
  if (url.username || url.password) return 'expected an address without a user name or password';
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash)
    return `expected a bare host (each audience gets its own host name), found the path "${url.pathname}${url.search}${url.hash}"`;
  return undefined;
}

/** The origin `audience` is served at under `base`, e.g. https://riverbend-cu.portal.example.com. */
export function audienceOrigin(base: string, audience: string): string {
  const problem = baseUrlProblem(base);
  if (problem) throw new Error(`base URL: ${problem}`);
  const url = new URL(base);
  return `${url.protocol}//${audience}.${url.host}`;
}
