import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIds, isDnsLabel, RESERVED_CLIENT_IDS } from '../../../src/lib/checks/ids.ts';
import { fixtureModel } from '../helpers/fixture.ts';

const PROJECT = resolve(import.meta.dirname, '../../..');

/** `clients/<from>/…` becomes `clients/<to>/…` in the fixture's entries. */
function renameClient(from: string, to: string) {
  return fixtureModel((raw) => {
    const client = raw.clients.find((c) => c.id === from)!;
    client.id = to;
    client.file = `clients/${to}/client.yaml`;
  });
}

describe('checkIds', () => {
  it('accepts the fixture', async () => {
    expect(checkIds(await fixtureModel())).toEqual([]);
  });

  it.each(['staff', 'pagefind', 'search', 'clients', 'services'])(
    'rejects the client id %s',
    async (id) => {
      const problems = checkIds(await renameClient('beta-clinic', id));
      expect(problems).toEqual([
        expect.objectContaining({
          rule: 'ids/reserved',
          file: `clients/${id}/client.yaml`,
          path: [],
        }),
      ]);
    },
  );

  it.each(['Beta', 'beta_clinic', 'beta clinic', 'bêta'])(
    'rejects the client id %j',
    async (id) => {
      const problems = checkIds(await renameClient('beta-clinic', id));
      expect(problems.map((p) => p.rule)).toEqual(['ids/format']);
    },
  );

  it('rejects a page id from a file name that cannot be a URL segment', async () => {
    const model = await fixtureModel((raw) => {
      raw.services[0]!.id = 'Backup Oversight';
      raw.services[0]!.file = 'services/Backup Oversight.mdx';
    });
    expect(checkIds(model)).toEqual([
      expect.objectContaining({ rule: 'ids/format', file: 'services/Backup Oversight.mdx' }),
    ]);
  });

  it('reserves every top-level name of the built site', async () => {
    const pages = (await readdir(resolve(PROJECT, 'src/pages'))).map((f) =>
      f.replace(/\.\w+$/, ''),
    );
    const assets = (await readdir(resolve(PROJECT, 'public'))).map((f) => f.replace(/\.\w+$/, ''));
    const built = ['staff', 'pagefind', '_astro', '_headers', 'robots', 'sha256sums'];
    const missing = [...pages, ...assets, ...built]
      .map((name) => name.toLowerCase())
      .filter((name) => !name.startsWith('[') && !RESERVED_CLIENT_IDS.has(name));
    expect(missing).toEqual([]);
  });
});

describe('isDnsLabel', () => {
  it.each(['a', 'alpha-bank', 'x1', 'a'.repeat(63), '9lives'])('accepts %s', (id) => {
    expect(isDnsLabel(id)).toBe(true);
  });
  it.each(['-evil-', 'evil-', '-evil', 'a--b', 'xn--bcher-kva', 'a'.repeat(64), '', 'A', 'a_b'])(
    'rejects "%s"',
    (id) => {
      expect(isDnsLabel(id)).toBe(false);
    },
  );
});
