/** Every rule the check knows has at least one bad-input case in the corpus. */
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../src/lib/checks/catalog.ts';

describe('the bad-input corpus', () => {
  it('has a case for every rule in the catalog', async () => {
    const dir = import.meta.dirname;
    const files = (await readdir(dir)).filter(
      (f) => f.endsWith('.test.ts') && f !== 'coverage.test.ts',
    );
    const text = (await Promise.all(files.map((f) => readFile(`${dir}/${f}`, 'utf8')))).join('\n');
    const covered = new Set([...text.matchAll(/rule: '([^']+)'/g)].map((m) => m[1]));
    const cases = [...text.matchAll(/^\s+name: /gm)].length;
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(35);
  });
});
