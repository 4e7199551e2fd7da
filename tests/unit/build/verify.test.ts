import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkLinks, scanForLeaks } from '../../../src/build/verify.ts';
import { canaries } from '../../../src/lib/audience/canaries.ts';
import { NameMatcher } from '../../../src/lib/audience/match.ts';
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
    const matcher = new NameMatcher(canaries(model).map((c) => ({ text: c.text, value: c })));
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
