/** The components MDX content may use, keyed by the names the content check allows. */
import type { MdxComponentName } from '../../lib/content/components.ts';
import Callout from './Callout.astro';
import Table from './Table.astro';

const allowed: Record<MdxComponentName, unknown> = { Callout };

/** What MDX content renders with: the allowed components, and Markdown tables in a scroll region. */
export const mdxComponents: Record<string, unknown> = { ...allowed, table: Table };
