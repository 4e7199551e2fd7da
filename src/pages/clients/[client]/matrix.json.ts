/** `matrix.json`: the client's effective matrix for tools. */
import type { APIRoute } from 'astro';
import { clientPage, clientPaths } from '../../../data/client-pages.ts';
import { matrixJson } from '../../../lib/matrix/export.ts';
import { resolveMatrix } from '../../../lib/matrix/resolve.ts';

export const getStaticPaths = clientPaths;

export const GET: APIRoute = async ({ params }) => {
  const { model, client } = await clientPage(params.client);
  const json = matrixJson(model, resolveMatrix(model, client), client.data.name);
  return new Response(json, { headers: { 'Content-Type': 'application/json' } });
};
