/** The components MDX content may use, keyed by the names the content check allows. */
import type { MdxComponentName } from '../../lib/content/components.ts';
import Callout from './Callout.astro';

export const mdxComponents: Record<MdxComponentName, unknown> = { Callout };
