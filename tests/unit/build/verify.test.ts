import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkLinks, scanForLeaks } from '../../../src/build/verify.ts';
import { canaries, canaryMatcher } from '../../../src/lib/audience/canaries.ts';
import { fixtureModel } from '../helpers/fixture.ts';

async function folder(files: Record<string, string | Buffer>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tandem-verify-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, 'alpha-bank', path)), { recursive: true });
    await writeFile(join(root, 'alpha-bank', path), content);
  }
  return root;
}

describe('scanForLeaks', () => {
  it('finds another client in a page, a compressed search fragment and a file name', async () => {
    const model = await fixtureModel();
    const matcher = canaryMatcher(canaries(model));
    const fragment = Buffer.concat([
      Buffer.from('pagefind_dcd'),
      Buffer.from('{"content":"ben@beta.test"}'),
    ]);
    const root = await folder({
      'index.html':
        '<p>Alpha Canary Bank and its own <a href="/runbooks/restore-drill/">drill</a></p>',
      'leak.html': '<p>Also serving Beta Canary Clinic</p>',
      'pagefind/fragment/en_1.pf_fragment': gzipSync(fragment),
      'clients/beta-clinic/index.html': 'x',
      'runbooks/credential-rotation/index.html': 'x',
    });
    const issues = await scanForLeaks(root, 'alpha-bank', matcher);
    expect(issues.map((i) => `${i.file}: ${i.message}`).sort()).toEqual([
      'clients/beta-clinic/index.html: contains a path of client beta-clinic: "/clients/beta-clinic/"',
      'clients/beta-clinic/index.html: contains the id of client beta-clinic: "beta-clinic"',
      'leak.html: contains the name of client beta-clinic: "Beta Canary Clinic"',
      'pagefind/fragment/en_1.pf_fragment: contains a contact email of client beta-clinic: "ben@beta.test"',
      'pagefind/fragment/en_1.pf_fragment: contains a domain of client beta-clinic: "beta.test"',
      'runbooks/credential-rotation/index.html: contains runbook "credential-rotation": "/runbooks/credential-rotation/"',
    ]);
  });
});

describe('checkLinks', () => {
  it('reports a link to a page or anchor the folder does not have', async () => {
    const root = await folder({
      'index.html':
        '<a href="/a/">a</a><a href="/a/#there">ok</a><a href="/a/#gone">gone</a><a href="/b/">b</a><a href="https://x.test/">x</a>',
      'a/index.html': '<h2 id="there">There</h2>',
    });
    const issues = await checkLinks(root, 'alpha-bank');
    expect(issues.map((i) => i.message)).toEqual([
      'links to /a/#gone, but that page has no element with id "gone"',
      'links to /b/, which is not in this folder',
    ]);
  });
});

describe('the normalised scan over every file a client receives', () => {
  it.each([
    [
      'an entity-encoded name in a title attribute',
      'p.html',
      '<img alt="x" title="Beta&#32;Canary Clinic" src="/a.png">',
    ],
    [
      'a percent-encoded name in an href',
      'p.html',
      '<a href="https://x.example/?q=Beta%20Canary%20Clinic">x</a>',
    ],
    [
      'a name split by emphasis and a zero-width space',
      'p.html',
      '<p>Beta <em>Can</em>\u200bary Clinic</p>',
    ],
    ['a name with a line break in CSS', '_astro/x.css', '/* Beta Canary\n Clinic */ p{}'],
    ['a name escaped in JavaScript', '_astro/x.js', 'const n = "Beta\\u0020Canary Clinic";'],
    ['a phone number in JSON', 'clients/alpha-bank/x.json', '{"phone":"(402) 555-0301"}'],
    ['an id in _headers', '_headers', '/*\n  X-Client: beta-clinic\n'],
  ])('finds %s', async (_what, file, content) => {
    const model = await fixtureModel();
    const matcher = canaryMatcher(canaries(model));
    const root = await folder({ [file]: content });
    const issues = await scanForLeaks(root, 'alpha-bank', matcher);
    expect(issues.map((i) => i.file)).toContain(file);
    expect(issues.every((i) => i.message.includes('beta-clinic'))).toBe(true);
  });
});

describe('what a folder holds', () => {
  it('fails on a file no page or stylesheet refers to, and on script addresses', async () => {
    const root = await folder({
      'index.html':
        '<link rel="stylesheet" href="/_astro/a.css"><img alt="x" src="/_astro/used.webp"><a href="javascript:alert(1)">x</a>',
      '_astro/a.css': '@font-face{src:url(./font.woff2)}',
      '_astro/font.woff2': 'x',
      '_astro/used.webp': 'x',
      '_astro/orphan.webp': 'x',
      'robots.txt': 'x',
    });
    const issues = await checkLinks(root, 'alpha-bank');
    expect(issues.map((i) => `${i.file}: ${i.message}`).sort()).toEqual([
      '_astro/orphan.webp: is referred to by no page or stylesheet of this folder (a file reaches a client only through its pages)',
      'index.html: links to a "javascript:" address (rule links/scheme)',
    ]);
  });
});
