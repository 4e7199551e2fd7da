/** Which clients get a due-diligence page: all of them, once the provider has a kit. */
import { hasKit } from '../lib/due-diligence/view.ts';
import { clientPaths } from './client-pages.ts';
import { getModel } from './model.ts';

/** `getStaticPaths` for the due-diligence pages; none when the content has no kit. */
export async function kitPaths() {
  return hasKit(await getModel()) ? clientPaths() : [];
}
