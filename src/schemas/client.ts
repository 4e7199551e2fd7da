/** A client of the provider: `content/clients/<client-id>/client.yaml`. */
import { z } from 'astro/zod';
import { approval, changeEntry, isoDate, raciCells, slug } from './common.ts';
import { kpiTarget } from './metrics.ts';
import { regulatoryProfile } from './regulatory.ts';

/** A person at the client (or a vendor of theirs) who appears in the matrix. */
export const clientContact = z.strictObject({
  id: slug,
  name: z.string().min(1),
  title: z.string().min(1),
  /** The matrix party this person acts for. */
  party: slug,
  /** Their employer when it is not the client, e.g. the core banking vendor. */
  organization: z.string().optional(),
  email: z.email({ error: 'expected an email address' }),
  phone: z.string().min(7),
  /** Contact id (or provider staff id) of the person who covers for them. */
  backup: slug,
});

/** A subscription to a catalog service. */
export const subscription = z.strictObject({
  service: slug,
  /** Tier id of that service. */
  tier: slug,
  /** The day the subscription started. */
  since: isoDate,
  /** Contract targets that replace the catalog's for this client. */
  targets: z.array(kpiTarget).default([]),
});

/** A contract-level change to one row of the matrix template. */
export const matrixOverride = z.strictObject({
  /** Activity id from the template. */
  activity: slug,
  /** The letters that replace the row; parties left out have no letter. */
  raci: raciCells,
  /** Why this client differs from the template. */
  reason: z
    .string({ error: 'an override needs a reason: say why this client differs from the template' })
    .min(10, { error: 'an override needs a reason of at least a short sentence' }),
  /** Who agreed to it, and when. */
  approved_by: approval,
});

/** The client's own version of the matrix: its overrides and its sign-off. */
export const clientMatrix = z.strictObject({
  version: z.string().min(1),
  effective: isoDate,
  approved_by: approval,
  changelog: z.array(changeEntry).min(1),
  overrides: z.array(matrixOverride).default([]),
});

/** Who acts for each party, by default and per domain (swim lanes). */
export const assignments = z.strictObject({
  /** Party id → person id (a client contact, or provider staff for the provider party). */
  default: z.record(slug, slug),
  /** Domain id → party id → person id, where a lane has its own owner. */
  domains: z.record(slug, z.record(slug, slug)).default({}),
});

export const clientSchema = z.strictObject({
  /** Legal or trading name. */
  name: z.string().min(1),
  /** What the client is, which sets the regulatory rules applied to its reports. */
  industry: z.enum([
    'community-bank',
    'credit-union',
    'healthcare',
    'wealth-management',
    'insurance',
  ]),
  /** One paragraph about the client for its home page. */
  profile: z.string().min(1),
  /** City and state. */
  location: z.string().min(1),
  /** IANA time zone used to show its timestamps. */
  timezone: z.string().refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    {
      error: (issue) =>
        `expected an IANA time zone such as America/Chicago, found "${String(issue.input)}"`,
    },
  ),
  employees: z.number().int().positive(),
  /** Regulators and examiners, e.g. "FDIC", "NCUA", "HHS OCR". */
  regulators: z.array(z.string().min(1)).default([]),
  /** Framework ids the client is held to. */
  frameworks: z.array(slug).min(1),
  contract: z.strictObject({
    start: isoDate,
    end: isoDate,
    /** Reference of the master services agreement. */
    reference: z.string().min(1),
  }),
  contacts: z.array(clientContact).min(1),
  assignments,
  services: z.array(subscription).default([]),
  matrix: clientMatrix,
  /** Who regulates the client and what the provider owes it; sets the incident obligations. */
  regulatory: regulatoryProfile.optional(),
  /** The client's vendor review of the provider (see docs/due-diligence.md). */
  due_diligence: z
    .strictObject({
      /** The day the client signed the provider's NDA; SOC reports go only to clients with one. */
      nda_signed: isoDate.optional(),
    })
    .default({}),
  /** Other names the client goes by (short names, abbreviations, former names); kept out of other clients' folders like its name. */
  aliases: z.array(z.string().trim().min(2)).default([]),
  /** The client's own web and email domains (e.g. prairiefirst.example); kept out of other clients' folders. */
  domains: z
    .array(
      z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, {
        error: 'expected a domain name in lower case, such as prairiefirst.example',
      }),
    )
    .default([]),
});

export type Client = z.infer<typeof clientSchema>;
export type ClientContact = z.infer<typeof clientContact>;
export type Subscription = z.infer<typeof subscription>;
export type MatrixOverride = z.infer<typeof matrixOverride>;
export type RegulatoryProfile = z.infer<typeof regulatoryProfile>;
