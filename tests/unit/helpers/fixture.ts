/** Loads the basic fixture, optionally changed, into a model for unit tests. */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readContent } from '../../../src/lib/content/read.ts';
import { buildModel } from '../../../src/lib/model/build.ts';
import type { Model, RawContent } from '../../../src/lib/model/types.ts';

export const FIXTURE = resolve(import.meta.dirname, '../../fixtures/basic');
export const TODAY = '2026-11-26';

let cached: Promise<RawContent> | undefined;

/** The fixture's validated entries (read once). */
export async function fixtureRaw(): Promise<RawContent> {
  cached ??= readContent(FIXTURE).then(({ raw, problems }) => {
    if (problems.length) throw new Error(`fixture has problems: ${JSON.stringify(problems)}`);
    return raw;
  });
  return structuredClone(await cached);
}

/** The fixture model after `change` edits a deep copy of its entries. */
export async function fixtureModel(change?: (raw: RawContent) => void): Promise<Model> {
  const raw = await fixtureRaw();
  change?.(raw);
  const { model, problems } = buildModel(raw);
  if (!model) throw new Error(`no model: ${JSON.stringify(problems)}`);
  return model;
}

/** A throw-away copy of the fixture tree on disk. */
export async function copyFixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-fixture-'));
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}
