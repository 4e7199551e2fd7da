/**
 * The one place pages get content from: Astro's collections, turned into the same
 * `Model` the CLI builds, checked once per build. A problem stops the build with the
 * file and field named, the way `npm run check` prints it.
 */
import { getCollection } from 'astro:content';
import { relative, resolve } from 'node:path';
import { checkModel } from '../lib/checks/model.ts';
import { contentRoot } from '../lib/content/root.ts';
import { today } from '../lib/dates.ts';
import { lastCommitDates } from '../lib/evidence/last-updated.ts';
import { buildModel } from '../lib/model/build.ts';
import type { Entry, Model, RawContent } from '../lib/model/types.ts';
import { formatProblemsPlain } from '../lib/problems.ts';

const root = contentRoot();

type Collection = keyof RawContent;

async function entries<K extends Collection>(name: K): Promise<RawContent[K]> {
  const list = await getCollection(name);
  return list.map((entry) => ({
    id: entry.id,
    file: relative(root, resolve(entry.filePath ?? ''))
      .split('\\')
      .join('/'),
    data: entry.data,
    ...(entry.body !== undefined ? { body: entry.body } : {}),
  })) as Entry<unknown>[] as RawContent[K];
}

async function load(): Promise<Model> {
  const names: Collection[] = [
    'provider',
    'services',
    'domains',
    'frameworks',
    'clients',
    'policies',
    'runbooks',
    'reports',
    'dueDiligence',
  ];
  const lists = await Promise.all(names.map((name) => entries(name)));
  const raw = Object.fromEntries(names.map((name, i) => [name, lists[i]])) as unknown as RawContent;
  const { model, problems } = buildModel(raw);
  if (model) {
    problems.push(...checkModel(model, today()));
    model.lastCommitted = lastCommitDates(root);
  }
  const errors = problems.filter((p) => p.severity === 'error');
  if (!model || errors.length) {
    throw new Error(`The content has ${errors.length} error(s):\n${formatProblemsPlain(errors)}`);
  }
  return model;
}

let cached: Promise<Model> | undefined;

/** The validated content model, loaded once per build. */
export function getModel(): Promise<Model> {
  cached ??= load();
  return cached;
}
