/** Loads the evidence fixture (tests/fixtures/evidence) into a model, optionally changed. */
import { resolve } from 'node:path';
import { readContent } from '../../../src/lib/content/read.ts';
import { buildModel } from '../../../src/lib/model/build.ts';
import type { Entry, Model, RawContent } from '../../../src/lib/model/types.ts';
import type { Client } from '../../../src/schemas/index.ts';

export const EVIDENCE_FIXTURE = resolve(import.meta.dirname, '../../fixtures/evidence');
/** The day every fixture expectation is written for. */
export const TODAY = '2026-11-26';

let cached: Promise<RawContent> | undefined;

/** The evidence fixture's model after `change` edits a deep copy of its entries. */
export async function evidenceModel(change?: (raw: RawContent) => void): Promise<Model> {
  cached ??= readContent(EVIDENCE_FIXTURE).then(({ raw, problems }) => {
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new Error(`fixture has errors: ${JSON.stringify(errors)}`);
    return raw;
  });
  const raw = structuredClone(await cached);
  change?.(raw);
  const { model, problems } = buildModel(raw);
  if (!model) throw new Error(`no model: ${JSON.stringify(problems)}`);
  return model;
}

/** A client of the model, failing loudly when the fixture lacks it. */
export function clientOf(model: Model, id: string): Entry<Client> {
  const client = model.clientsById.get(id);
  if (!client) throw new Error(`fixture has no client "${id}"`);
  return client;
}
