import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_RANGE, nodeVersionProblem } from '../../../src/cli/node-check.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { engines?: { node?: string }; optional?: boolean }>;
};

describe('the Node version check', () => {
  it('refuses the versions that cannot run Tandem, in one line naming the version needed', () => {
    for (const old of ['20.20.2', '22.12.0', '22.18.0', '23.11.0', 'v18.0.0']) {
      const problem = nodeVersionProblem(old);
      expect(problem, old).toMatch(/needs Node\.js 22\.19 or newer/);
      expect(problem).toContain(old.replace(/^v/, ''));
      expect(problem).toContain('nvm install');
      expect(problem).not.toContain('\n');
    }
  });

  it('accepts 22.19 and later 22.x, and 24 and later', () => {
    for (const good of ['22.19.0', '22.22.1', '24.0.0', '24.11.1', '26.1.0']) {
      expect(nodeVersionProblem(good), good).toBeUndefined();
    }
  });

  it('says what package.json says', () => {
    expect(pkg.engines.node).toBe(NODE_RANGE);
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe('24');
  });

  it('is at least every locked dependency’s own minimum on the 22 line', () => {
    // Each `>=22.x.y` or `^22.x.y` lower bound in the lockfile must be met by 22.19.
    for (const [name, entry] of Object.entries(lock.packages)) {
      const range = entry.engines?.node;
      if (!range) continue;
      for (const m of range.matchAll(/(?:>=|\^)\s*22\.(\d+)/g)) {
        expect(Number(m[1]), `${name} needs ${range}`).toBeLessThanOrEqual(19);
      }
    }
  });

  it('runs first in every npm script that starts Tandem or Astro', () => {
    for (const name of [
      'start',
      'build',
      'check',
      'serve',
      'pdf',
      'report:new',
      'report:publish',
    ]) {
      expect(pkg.scripts[name], name).toMatch(/^node src\/cli\/tandem\.mjs /);
    }
    expect(pkg.scripts.test).toMatch(/^node src\/cli\/node-check\.mjs && /);
    expect(pkg.scripts.dev).toMatch(/^node src\/cli\/node-check\.mjs && /);
  });
});
