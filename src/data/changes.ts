/** What changed for each client, and the Atom feeds of it. */
import type { Model } from '../lib/model/types.ts';
import { today } from '../lib/dates.ts';
import { atomFeed } from '../lib/records/atom.ts';
import { audienceOrigin } from '../lib/site-url.ts';
import { changeMonths } from '../lib/records/change-months.ts';
import { changesUpTo, type ChangeItem } from '../lib/records/changes.ts';
import { getModel } from './model.ts';
import { matrixVersions } from './matrix-versions.ts';
import { urls } from '../lib/urls.ts';

const computed = new WeakMap<Model, Map<string, Promise<ChangeItem[]>>>();

/** Every change of `client` up to today, newest first; worked out once per model and client,
 * since the home, the feed, the index and every month page of a client read the same list. */
export function changesFor(model: Model, client: string): Promise<ChangeItem[]> {
  let byClient = computed.get(model);
  if (!byClient) computed.set(model, (byClient = new Map()));
  let items = byClient.get(client);
  if (!items) byClient.set(client, (items = changesOf(model, client)));
  return items;
}

async function changesOf(model: Model, client: string): Promise<ChangeItem[]> {
  const versions = await matrixVersions(client);
  return changesUpTo(
    model,
    client,
    versions.map((v) => v.entry),
    today(),
  );
}

/** `getStaticPaths` for one "What changed" page per client and month with changes. */
export async function changeMonthPaths() {
  const model = await getModel();
  const paths = [];
  for (const client of model.clients) {
    for (const month of changeMonths(await changesFor(model, client.id))) {
      paths.push({ params: { client: client.id, month } });
    }
  }
  return paths;
}

function baseUrl(model: Model, audience: string): string {
  const template = model.provider.data.site?.base_url;
  if (!template) {
    throw new Error(
      'provider.yaml  site.base_url  the Atom feeds need absolute links (expected an https URL such as https://portal.example.com, whose audiences are served at https://<audience>.portal.example.com, found nothing)',
    );
  }
  return audienceOrigin(template, audience);
}

/** The Atom feed of one client's changes, for that client's folder. */
export async function clientFeed(model: Model, client: string): Promise<string> {
  const name = model.clientsById.get(client)!.data.name;
  return atomFeed(
    {
      base: baseUrl(model, client),
      self: urls.clientFeed(client),
      page: urls.changes(client),
      title: `What changed for ${name}`,
      author: model.provider.data.name,
    },
    await changesFor(model, client),
    today(),
  );
}

/** The staff feed: every client's changes, each title prefixed with the client's name. */
export async function staffFeed(model: Model): Promise<string> {
  const all: ChangeItem[] = [];
  for (const c of model.clients) {
    for (const item of await changesFor(model, c.id)) {
      all.push({ ...item, id: `${c.id}-${item.id}`, title: `${c.data.name}: ${item.title}` });
    }
  }
  all.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return atomFeed(
    {
      base: baseUrl(model, 'staff'),
      self: urls.feed(),
      page: urls.home(),
      title: `What changed for every client of ${model.provider.data.name}`,
      author: model.provider.data.name,
    },
    all,
    today(),
  );
}
