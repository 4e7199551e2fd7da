/** `<framework>.csv`: a client's binder for one framework, one row per control. */
import { getAssurance } from '../../../../data/assurance.ts';
import type { APIRoute } from 'astro';
import { clientPage } from '../../../../data/client-pages.ts';
import { getModel } from '../../../../data/model.ts';
import { binderRoutes } from '../../../../lib/evidence/binder-routes.ts';
import { today } from '../../../../lib/dates.ts';
import { evidenceFor } from '../../../../lib/evidence/binder.ts';
import { binderCsv } from '../../../../lib/evidence/export.ts';

export async function getStaticPaths() {
  const model = await getModel();
  return binderRoutes(model).map((params) => ({ params }));
}

export const GET: APIRoute = async ({ params }) => {
  const { model, client } = await clientPage(params.client);
  const csv = binderCsv(
    evidenceFor(model, client, params.framework!, today(), await getAssurance()),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
