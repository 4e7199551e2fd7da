/** How the service catalog is laid out: its categories, in order, each with its services. */
import type { Service } from '../../schemas/index.ts';
import type { Entry } from './types.ts';

/** A category of the catalog with its heading. */
export interface ServiceCategory {
  id: Service['category'];
  title: string;
}

/** The catalog's categories, in the order the page shows them. */
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = [
  { id: 'operations', title: 'Operations' },
  { id: 'security', title: 'Security' },
  { id: 'resilience', title: 'Resilience' },
  { id: 'compliance', title: 'Compliance' },
];

/** The non-empty categories in catalog order, each with its services in their given order. */
export function servicesByCategory<S extends Pick<Entry<Service>, 'data'>>(
  services: readonly S[],
): { category: ServiceCategory; services: S[] }[] {
  return SERVICE_CATEGORIES.map((category) => ({
    category,
    services: services.filter((s) => s.data.category === category.id),
  })).filter((group) => group.services.length > 0);
}
