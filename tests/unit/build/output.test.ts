import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStaging, discardStaging, publishStaging } from '../../../src/build/output.ts';

async function project() {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-output-'));
  return { dir, out: join(dir, 'sites') };
}

describe('publishing the output', () => {
  it('replaces the previous output only when published, and leaves no staging behind', async () => {
    const { dir, out } = await project();
    await mkdir(join(out, 'staff'), { recursive: true });
    await writeFile(join(out, 'staff', 'index.html'), 'old');
    const staging = await createStaging(out, dir);
    await mkdir(join(staging.sites, 'staff'), { recursive: true });
    await writeFile(join(staging.sites, 'staff', 'index.html'), 'new');
    expect(await readFile(join(out, 'staff', 'index.html'), 'utf8')).toBe('old');
    await publishStaging(staging, out);
    expect(await readFile(join(out, 'staff', 'index.html'), 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual(['sites']);
  });

  it('puts back the output a build left in its staging when it died mid-swap', async () => {
    const { dir, out } = await project();
    // A process that no longer runs moved the old output aside, then died.
    const stale = join(dir, '.sites.staging-999999999-1');
    await mkdir(join(stale, 'previous', 'staff'), { recursive: true });
    await writeFile(join(stale, 'previous', 'staff', 'index.html'), 'last good');
    const staging = await createStaging(out, dir);
    expect(await readFile(join(out, 'staff', 'index.html'), 'utf8')).toBe('last good');
    expect((await readdir(dir)).filter((n) => n.startsWith('.sites.staging-999999999'))).toEqual(
      [],
    );
    await discardStaging(staging);
  });
});
