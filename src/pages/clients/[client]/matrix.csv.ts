/** `matrix.csv`: the client's effective matrix for spreadsheets and contract annexes. */
import type { APIRoute } from 'astro';
import { clientPage, clientPaths } from '../../../data/client-pages.ts';
import { matrixCsv, matrixRecords } from '../../../lib/matrix/export.ts';
import { resolveMatrix } from '../../../lib/matrix/resolve.ts';

export const getStaticPaths = clientPaths;

export const GET: APIRoute = async ({ params }) => {
  const { model, client } = await clientPage(params.client);
  const csv = matrixCsv(model, matrixRecords(model, resolveMatrix(model, client)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
