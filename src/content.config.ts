/**
 * Astro's view of the content tree. Schemas and file locations come from `src/schemas/`
 * and `src/lib/content/layout.ts`, shared with the CLI, so the site and `npm run check`
 * can never disagree on what a valid file is.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import type { z } from 'astro/zod';
import {
  archivedPolicySchema,
  clientSchema,
  domainSchema,
  frameworkSchema,
  policySchema,
  providerSchema,
  reportSchema,
  runbookSchema,
  serviceSchema,
  dueDiligenceItemSchema,
} from './schemas/index.ts';
import {
  archiveIdFor,
  archiveLayout,
  collectionLayout,
  entryIdFor,
  type CollectionName,
} from './lib/content/layout.ts';
import { contentRoot } from './lib/content/root.ts';

const base = pathToFileURL(contentRoot() + '/');

function collection<S extends z.ZodType>(name: CollectionName, schema: S) {
  return defineCollection({
    loader: glob({
      base,
      pattern: collectionLayout[name].pattern,
      generateId: ({ entry }) => entryIdFor(name, entry),
    }),
    schema,
  });
}

export const collections = {
  provider: collection('provider', providerSchema),
  services: collection('services', serviceSchema),
  domains: collection('domains', domainSchema),
  frameworks: collection('frameworks', frameworkSchema),
  clients: collection('clients', clientSchema),
  policies: collection('policies', policySchema),
  runbooks: collection('runbooks', runbookSchema),
  reports: collection('reports', reportSchema),
  dueDiligence: collection('dueDiligence', dueDiligenceItemSchema),
  /** Superseded policy versions; not part of the model, read by the policy pages. */
  policyArchive: defineCollection({
    loader: glob({
      base,
      pattern: archiveLayout.pattern,
      generateId: ({ entry }) => archiveIdFor(entry),
    }),
    schema: archivedPolicySchema,
  }),
};
