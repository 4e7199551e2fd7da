/**
 * Where the fixture portals built by global setup are served. Each fixture tree under
 * tests/fixtures/<name>/ gets its own server; each audience is a host name on it:
 * `http://staff.localhost:<port>/`, `http://<client-id>.localhost:<port>/`.
 */
import { join } from 'node:path';

export const E2E_ROOT = join(process.cwd(), '.tandem', 'e2e');

/** The name the sample content (content/) is served under, beside the fixtures. */
export const SAMPLE = 'sample';

/** The environment variable global setup stores a fixture's port in. */
export function portVariable(fixture: string): string {
  return `TANDEM_E2E_PORT_${fixture.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** Base URL of `audience` ('staff' or a client id) in the built `fixture`. */
export function siteUrl(fixture: string, audience: string): string {
  const port = process.env[portVariable(fixture)];
  if (!port) throw new Error(`fixture "${fixture}" was not built by global setup`);
  return `http://${audience}.localhost:${port}`;
}

/** The folder holding the built audience folders of `fixture`. */
export function sitesDir(fixture: string): string {
  return join(E2E_ROOT, fixture, 'sites');
}
