/** `/feed.xml`: an Atom feed of what changed for every client; in the staff folder only. */
import type { APIRoute } from 'astro';
import { getModel } from '../data/model.ts';
import { staffFeed } from '../data/changes.ts';

export const GET: APIRoute = async () =>
  new Response(await staffFeed(await getModel()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
