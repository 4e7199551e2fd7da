/**
 * The hostile-content corpus: content a careless or hostile author could write, each case
 * through the real build (`buildSites` in a child process, tests/unit/checks/build-runner.ts)
 * on a temporary copy of tests/fixtures/basic. For every case either the build fails
 * naming the file and the rule, or the built client folders hold none of the planted
 * canaries in any form.
 *
 * Cases that must fail share one tree: each plants its content in a file of its own, and
 * one build (which stops in its check phase, before anything renders) must name every
 * case's file and rule. Cases that must build share a second tree. A third run renders
 * without the check, as if it had been bypassed, and the render guard must refuse.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../../../src/build/files.ts';
import { readableText } from '../../../../src/build/verify.ts';
import { NameMatcher } from '../../../../src/lib/audience/match.ts';
import type { Problem } from '../../../../src/lib/problems.ts';
import { TODAY } from '../../helpers/fixture.ts';
import {
  appendBody,
  cleanFixture,
  PROJECT,
  read,
  removeFixtures,
  replace,
  write,
} from './harness.ts';

/** One hostile input that the build must refuse, with where and why. */
interface RefusedCase {
  name: string;
  plant(root: string, file: string): Promise<void>;
  /** The file the problem must name; default: the case's own service page. */
  file?: string;
  rule: string;
  /** Text that must not appear anywhere in the build's output (a secret, or code). */
  secret?: string;
}

type Outcome =
  | { ok: true; pages: number }
  | { ok: false; phase: string; message: string; problems: Problem[]; issues: unknown[] };

function run(script: string, args: string[]): Promise<{ outcome: Outcome; raw: string }> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [script, ...args],
      { cwd: PROJECT, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, TANDEM_TODAY: TODAY } },
      (err, stdout, stderr) => {
        const line = stdout.trim().split('\n').at(-1);
        if (!line) fail(new Error(`run crashed: ${err?.message}\n${stderr}`));
        else done({ outcome: JSON.parse(line) as Outcome, raw: stdout + stderr });
      },
    );
  });
}

/** A shared page every client reads: a copy of the monitoring service under a new id. */
async function sharedPage(root: string, file: string, markdown: string): Promise<void> {
  const base = await read(root, 'services/monitoring.mdx');
  const title = `Fixture Hostile ${file.replace(/\D/g, '')}`;
  await write(
    root,
    file,
    `${base.replace('title: Fixture Monitoring', `title: ${title}`).trimEnd()}\n\n${markdown}\n`,
  );
}

const BETA = 'Beta Canary Clinic';
/** Where the comment-wrapped code would write, if it ever ran. */
const SIDE_EFFECT = join(tmpdir(), `tandem-hostile-side-effect-${process.pid}`);

const shared = (markdown: string) => (root: string, file: string) =>
  sharedPage(root, file, markdown);

/** A copy of beta-clinic's folder under another id (a client id is its folder name). */
const clientFolder = (id: string) => async (root: string) => {
  await mkdir(join(root, 'clients', id), { recursive: true });
  await writeFile(
    join(root, 'clients', id, 'client.yaml'),
    (await read(root, 'clients/beta-clinic/client.yaml')).replace(BETA, `Hostile ${id.length}`),
  );
};

const REFUSED: RefusedCase[] = [
  // Code in content.
  {
    name: 'comment-wrapped code with a side effect',
    plant: shared(
      `{/* a */ (await import('node:fs')).writeFileSync(${JSON.stringify(SIDE_EFFECT)}, 'ran') /* b */}`,
    ),
    rule: 'mdx/code',
    secret: 'writeFileSync',
  },
  {
    name: 'a plain expression',
    plant: shared('Today is {new Date().getFullYear()}.'),
    rule: 'mdx/code',
  },
  {
    name: 'an expression reading the environment',
    plant: shared('{/**/ process.env.HOME}'),
    rule: 'mdx/code',
    secret: 'process.env',
  },
  { name: 'an ESM import', plant: shared("import fs from 'node:fs'"), rule: 'mdx/code' },
  { name: 'an ESM export', plant: shared('export const x = globalThis.process'), rule: 'mdx/code' },
  {
    name: 'code in a component prop',
    plant: shared('<Callout type="note" title={process.cwd()}>Hi</Callout>'),
    rule: 'mdx/component',
  },
  { name: 'a script element', plant: shared('<script>alert(1)</script>'), rule: 'mdx/component' },
  // Another client's name, however it is written, in a page every client reads.
  {
    name: 'a name with a line break',
    plant: shared('Beta Canary\nClinic'),
    rule: 'leaks/client-name',
  },
  {
    name: 'a name with non-breaking spaces',
    plant: shared('Beta\u00a0Canary\u00a0Clinic'),
    rule: 'leaks/client-name',
  },
  {
    name: 'a name with a zero-width space',
    plant: shared('Beta Can\u200bary Clinic'),
    rule: 'leaks/client-name',
  },
  {
    name: 'a name with emphasis inside',
    plant: shared('Beta *Canary* Clinic'),
    rule: 'leaks/client-name',
  },
  {
    name: 'a name in Cyrillic look-alikes',
    plant: shared('\u0412\u0435t\u0430 C\u0430n\u0430ry Clinic'),
    rule: 'leaks/client-name',
  },
  {
    name: 'a name in Greek look-alikes',
    plant: shared('\u0392et\u0391 Canary Clinic'),
    rule: 'leaks/client-name',
  },
  {
    name: 'a name in full-width letters',
    plant: shared('\uff22\uff45\uff54\uff41 \uff23\uff41\uff4e\uff41\uff52\uff59 Clinic'),
    rule: 'leaks/client-name',
  },
  {
    name: 'a name percent-encoded in a URL',
    plant: shared('[our work](https://example.com/Beta%20Canary%20Clinic)'),
    rule: 'leaks/client-name',
  },
  {
    name: 'a name in an image title',
    plant: shared('![A chart](/chart.png "Beta Canary Clinic")'),
    rule: 'leaks/client-name',
  },
  {
    name: 'a name as character references',
    plant: shared('&#66;eta Canary Cl&#105;nic'),
    rule: 'leaks/client-name',
  },
  { name: 'a name in capitals', plant: shared('BETA CANARY CLINIC'), rule: 'leaks/client-name' },
  { name: "another client's id", plant: shared('Ask beta-clinic.'), rule: 'leaks/client-name' },
  {
    name: "another client's email domain",
    plant: shared('Mail anyone at beta.test.'),
    rule: 'leaks/client-name',
  },
  {
    name: "another client's phone, grouped differently",
    plant: shared('Call (402) 555.0301.'),
    rule: 'leaks/client-name',
  },
  {
    name: "another client's alias under 4 characters",
    plant: async (root, file) => {
      await replace(
        root,
        'clients/beta-clinic/client.yaml',
        'employees: 70',
        'employees: 70\naliases: [BCC]',
      );
      await sharedPage(root, file, 'The BCC team.');
    },
    rule: 'leaks/client-name',
  },
  {
    name: "another client's web domain",
    plant: async (root, file) => {
      await replace(
        root,
        'clients/beta-clinic/client.yaml',
        'employees: 70',
        'employees: 70\ndomains: [betaclinic.example]',
      );
      await sharedPage(root, file, 'See betaclinic.example for hours.');
    },
    rule: 'leaks/client-name',
  },
  {
    name: "another client's contact",
    plant: shared('Ask Ben Betatech.'),
    rule: 'leaks/client-name',
  },
  {
    name: "another client's contract",
    plant: shared('Under MSA-BETA-1.'),
    rule: 'leaks/client-name',
  },
  // Addresses that run script.
  { name: 'a javascript: link', plant: shared('[x](javascript:alert(1))'), rule: 'links/scheme' },
  { name: 'a vbscript: link', plant: shared('[x](vbscript:msgbox)'), rule: 'links/scheme' },
  { name: 'a data: link', plant: shared('[x](data:text/html,hi)'), rule: 'links/scheme' },
  {
    name: 'a data: image',
    plant: shared('![x](data:image/png;base64,AAAA)'),
    rule: 'links/scheme',
  },
  {
    name: 'a javascript: reference definition',
    plant: shared('[x][r]\n\n[r]: javascript:alert(1)'),
    rule: 'links/scheme',
  },
  {
    name: 'an obfuscated javascript: link',
    plant: shared('[x](java&#9;script:alert(1))'),
    rule: 'links/scheme',
  },
  { name: 'an SVG image', plant: shared('![diagram](./net.svg)'), rule: 'content/svg' },
  // The file system.
  {
    name: 'a symbolic link to a file outside the root',
    plant: (root, file) => symlink('/etc/hostname', join(root, file)),
    rule: 'content/symlink',
  },
  {
    name: 'a symbolic link to a folder outside the root',
    plant: async (root) => {
      await mkdir(join(root, 'runbooks'), { recursive: true });
      await symlink(tmpdir(), join(root, 'runbooks', 'outside'));
    },
    file: 'runbooks/outside',
    rule: 'content/symlink',
  },
  // Secrets, each masked.
  {
    name: 'a GitHub token',
    plant: shared(`Token ghp_${'Zq9x'.repeat(9)}.`),
    rule: 'secrets/token',
    secret: 'Zq9xZq9xZq9x',
  },
  {
    name: 'a GitHub fine-grained token',
    plant: shared(`github_pat_${'11QWERTYU0'.repeat(6)}`),
    rule: 'secrets/token',
    secret: 'QWERTYU011QWERTYU0',
  },
  {
    name: 'a Slack token',
    plant: shared('Bot: xoxb-2222222222-Hx7Yq3Lm9Pz'),
    rule: 'secrets/token',
    secret: 'Hx7Yq3Lm9Pz',
  },
  {
    name: 'a Slack webhook URL',
    plant: shared(
      'Post to https://hooks.slack.com/services/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.',
    ),
    rule: 'secrets/token',
    secret: 'Wq8ZpL2mXc4VbN6rTy1UoI3e',
  },
  {
    name: 'a JSON Web Token',
    plant: shared('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJob3N0aWxlIn0.Qm9ndXNTaWduYXR1cmVWYWx1ZTEyMzQ1'),
    rule: 'secrets/token',
    secret: 'Qm9ndXNTaWduYXR1cmVWYWx1ZTEyMzQ1',
  },
  {
    name: 'a Google API key',
    plant: shared('key AIzaSyD-Hostile0123456789abcdefghijklmn'),
    rule: 'secrets/token',
    secret: 'Hostile0123456789',
  },
  {
    name: 'a Stripe live key',
    plant: shared('sk_live_HostileKey0123456789ab'),
    rule: 'secrets/token',
    secret: 'HostileKey0123456789',
  },
  {
    name: 'a password assignment',
    plant: shared('The admin password: Tr0ub4dor&3x!'),
    rule: 'secrets/password',
    secret: 'Tr0ub4dor',
  },
  {
    name: 'an SSN written with spaces',
    plant: shared('Patient 078 05 1120 called.'),
    rule: 'pii/ssn',
    secret: '078 05 1120',
  },
  // Client ids that are not host names.
  {
    name: 'a client id with edge hyphens',
    plant: clientFolder('-evil-'),
    file: 'clients/-evil-/client.yaml',
    rule: 'ids/host-name',
  },
  {
    name: 'a client id with a double hyphen',
    plant: clientFolder('a--b'),
    file: 'clients/a--b/client.yaml',
    rule: 'ids/host-name',
  },
  {
    name: 'a client id of 70 characters',
    plant: clientFolder('a'.repeat(70)),
    file: `clients/${'a'.repeat(70)}/client.yaml`,
    rule: 'ids/host-name',
  },
  {
    name: 'an xn-- client id',
    plant: clientFolder('xn--bcher-kva'),
    file: 'clients/xn--bcher-kva/client.yaml',
    rule: 'ids/host-name',
  },
];

const work: string[] = [];
afterAll(async () => {
  await removeFixtures();
  await Promise.all(work.map((dir) => rm(dir, { recursive: true, force: true })));
  await rm(SIDE_EFFECT, { force: true });
});

async function outDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-hostile-out-'));
  work.push(dir);
  return join(dir, 'sites');
}

describe('hostile content the build refuses', () => {
  let outcome: Outcome;
  let raw = '';
  let out = '';
  const files = new Map<RefusedCase, string>();

  beforeAll(async () => {
    const root = await cleanFixture();
    for (const [i, c] of REFUSED.entries()) {
      const file = c.file ?? `services/hostile-${String(i).padStart(2, '0')}.mdx`;
      files.set(c, file);
      await c.plant(root, file);
    }
    out = await outDir();
    ({ outcome, raw } = await run('tests/unit/checks/build-runner.ts', [root, out, TODAY]));
  }, 120_000);

  it('stops in the check phase, before anything renders, and publishes nothing', () => {
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.phase).toBe('check');
    expect(existsSync(out)).toBe(false);
  });

  it.each(REFUSED.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    if (outcome.ok) throw new Error('the build passed');
    const file = files.get(c)!;
    const found = outcome.problems.filter((p) => p.file === file);
    expect(
      found.map((p) => p.rule),
      `${file}: ${JSON.stringify(found)}`,
    ).toContain(c.rule);
    if (c.secret) expect(raw).not.toContain(c.secret);
    expect(existsSync(SIDE_EFFECT)).toBe(false);
  });
});

/** A 4×4 PNG of one colour (a stand-in for a network diagram or a screenshot). */
function png(rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.from([0, ...rgb, ...rgb, ...rgb, ...rgb]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat([row, row, row, row]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** Canaries planted where only their audience may read them, in a tree that builds. */
const PLANTED = {
  staffRunbook: 'Quasar Vaultkeeper Ledger',
  alphaPolicy: 'Nimbus Alphafloor Plan',
  staffBlockImage: 'vault-screenshot',
  alphaImage: 'alpha-network',
};

describe('hostile content that builds: nothing planted reaches another folder', () => {
  let sites = '';
  let outcome: Outcome;

  beforeAll(async () => {
    const root = await cleanFixture();
    await writeFile(join(root, 'clients/alpha-bank/policies/alpha-network.png'), png([1, 2, 3]));
    await appendBody(
      root,
      'clients/alpha-bank/policies/alpha-isp.mdx',
      `The ${PLANTED.alphaPolicy} is below.\n\n![Alpha network diagram](./alpha-network.png)`,
    );
    await writeFile(join(root, 'runbooks/vault-screenshot.png'), png([9, 8, 7]));
    await appendBody(
      root,
      'runbooks/credential-rotation.mdx',
      `The ${PLANTED.staffRunbook} lives here.\n\n![Password vault screenshot](./vault-screenshot.png)`,
    );
    sites = await outDir();
    ({ outcome } = await run('tests/unit/checks/build-runner.ts', [root, sites, TODAY]));
  }, 180_000);

  async function filesOf(folder: string): Promise<string[]> {
    return listFiles(join(sites, folder));
  }

  it('builds', () => {
    expect(outcome, JSON.stringify(outcome).slice(0, 2000)).toMatchObject({ ok: true });
  });

  it("puts a private image of one client's policy in that client's folder and staff's only", async () => {
    const holds = async (folder: string) =>
      (await filesOf(folder)).some((f) => f.includes(PLANTED.alphaImage));
    expect(await holds('alpha-bank')).toBe(true);
    expect(await holds('staff')).toBe(true);
    expect(await holds('beta-clinic')).toBe(false);
  });

  it("puts an image of a staff-only runbook in staff's folder only", async () => {
    const holds = async (folder: string) =>
      (await filesOf(folder)).some((f) => f.includes(PLANTED.staffBlockImage));
    expect(await holds('staff')).toBe(true);
    expect(await holds('alpha-bank')).toBe(false);
    expect(await holds('beta-clinic')).toBe(false);
  });

  it.each([
    ['beta-clinic', [PLANTED.alphaPolicy, PLANTED.staffRunbook, 'Alpha Canary Bank']],
    ['alpha-bank', [PLANTED.staffRunbook, BETA, 'Ben Betatech', 'beta.test']],
  ])(
    'the %s folder holds no planted canary in any form, in any file or file name',
    async (folder, canaries) => {
      const matcher = new NameMatcher(canaries.map((text) => ({ text, value: text })));
      const seen = new Set<string>();
      for (const file of await filesOf(folder)) {
        for (const hit of matcher.find(file)) seen.add(`${file} (name): ${hit}`);
        if (/\.(png|webp|jpe?g|avif|woff2?|wasm)$/.test(file)) continue;
        const text = readableText(file, await readFile(join(sites, folder, file)));
        const kind = file.endsWith('.html') ? 'html' : 'text';
        for (const hit of matcher.find(text, kind)) seen.add(`${file}: ${hit}`);
      }
      expect([...seen]).toEqual([]);
    },
  );
});

describe('the render guard, when the check is bypassed', () => {
  it('refuses code, ESM, script links and SVG before any of it runs', async () => {
    const root = await cleanFixture();
    await sharedPage(
      root,
      'services/hostile-render.mdx',
      [
        `{/* a */ (await import('node:fs')).writeFileSync(${JSON.stringify(SIDE_EFFECT)}, 'ran') /* b */}`,
        '',
        "export const leaked = (await import('node:fs')).readdirSync('/')",
        '',
        '[x](javascript:alert(1))',
        '',
        '![diagram](./net.svg)',
      ].join('\n'),
    );
    const { outcome, raw } = await run('tests/integration/hostile/render-runner.ts', [
      root,
      await outDir(),
    ]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    for (const rule of ['mdx/code', 'links/scheme', 'content/svg'])
      expect(outcome.message).toMatch(
        new RegExp(`services/hostile-render\\.mdx:\\d+:\\d+ ${rule} `),
      );
    expect(outcome.message).not.toMatch(/^\s+at /m);
    expect(raw).not.toContain('writeFileSync');
    expect(existsSync(SIDE_EFFECT)).toBe(false);
  }, 120_000);

  it('refuses an .mdx file that is a link out of the content root', async () => {
    const root = await cleanFixture();
    const outside = await mkdtemp(join(tmpdir(), 'tandem-hostile-outside-'));
    work.push(outside);
    const page = (await read(root, 'services/monitoring.mdx')).replace(
      'title: Fixture Monitoring',
      'title: Fixture Elsewhere',
    );
    await writeFile(join(outside, 'elsewhere.mdx'), page);
    await symlink(join(outside, 'elsewhere.mdx'), join(root, 'services/elsewhere.mdx'));
    const { outcome } = await run('tests/integration/hostile/render-runner.ts', [
      root,
      await outDir(),
    ]);
    expect(outcome.ok).toBe(false);
    // Vite resolves the link to the file it points at, which is outside the root.
    if (!outcome.ok) expect(outcome.message).toMatch(/elsewhere\.mdx:1:1 content\/symlink /);
  }, 120_000);
});
