/** `feed.xml`: an Atom feed of what changed for one client, served from that client's folder only. */
import type { APIRoute } from 'astro';
import { clientPage, clientPaths } from '../../../data/client-pages.ts';
import { clientFeed } from '../../../data/changes.ts';

export const getStaticPaths = clientPaths;

export const GET: APIRoute = async ({ params }) => {
  const { model, client } = await clientPage(params.client);
  return new Response(await clientFeed(model, client.id), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
