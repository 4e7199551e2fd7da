/** The managed IT provider itself: `content/provider.yaml`. */
import { z } from 'astro/zod';
import { slug } from './common.ts';

/** A column of every responsibility matrix. */
export const party = z.strictObject({
  /** Id used in matrices, e.g. "internal-it". */
  id: slug,
  /** Full name shown in legends, e.g. "Client internal IT". */
  name: z.string().min(1),
  /** Column heading, kept short for print. */
  short: z.string().min(1).max(16),
  /** Who this party is; decides whose people are named for it. */
  kind: z.enum(['client-team', 'provider', 'vendor', 'client-leadership']),
  /** One sentence on what this party brings. */
  description: z.string().min(1),
});

/** A person on the provider's team. */
export const staffMember = z.strictObject({
  id: slug,
  name: z.string().min(1),
  title: z.string().min(1),
  email: z.email({ error: 'expected an email address' }),
  phone: z.string().min(7),
  /** Staff id of the person who covers for them. */
  backup: slug,
});

/** A rung of the escalation ladder. */
export const escalationStep = z.strictObject({
  level: z.number().int().min(1),
  /** Name of the rung, e.g. "On-call engineer". */
  title: z.string().min(1),
  /** Staff id of the person at this rung. */
  who: slug,
  /** When an issue moves to this rung. */
  when: z.string().min(1),
  /** How fast this rung answers. */
  response: z.string().min(1),
});

/** An incident or ticket severity used by service tiers. */
export const severity = z.strictObject({
  id: slug,
  name: z.string().min(1),
  description: z.string().min(1),
});

/** A way to reach the provider. */
export const contactPoint = z.strictObject({
  label: z.string().min(1),
  phone: z.string().optional(),
  email: z.email().optional(),
  hours: z.string().min(1),
});

export const providerSchema = z.strictObject({
  /** Trading name shown in every page header. */
  name: z.string().min(1),
  legal_name: z.string().optional(),
  /** One line under the name on the staff home. */
  tagline: z.string().optional(),
  website: z.url().optional(),
  /** Where the provider is based, for the footer. */
  address: z.string().optional(),
  /** Ways to reach the provider, shown on every client home. */
  contact_points: z.array(contactPoint).min(1),
  /** Support hours in words, e.g. "Service desk 7:00–19:00 Central, SOC 24×7×365". */
  support_hours: z.string().min(1),
  /** The parties that appear as matrix columns, in column order. */
  parties: z.array(party).min(2),
  /** Severity scale used by every service tier. */
  severities: z.array(severity).min(1),
  /** The provider's people. */
  staff: z.array(staffMember).min(1),
  /** The escalation ladder, lowest level first. */
  escalation: z.array(escalationStep).min(1),
  /** Pattern for medical record numbers the content check should reject, if the provider uses one. */
  medical_record_pattern: z.string().optional(),
  /** Where the built folders are served, for absolute links (Atom feeds, printed documents). */
  site: z
    .strictObject({
      /**
       * Absolute https URL of an audience's folder; `{audience}` stands for the folder name
       * (`staff` or a client id), e.g. `https://{audience}.portal.example.com`.
       */
      base_url: z
        .url({ protocol: /^https$/, error: 'expected an absolute https:// URL' })
        .refine((u) => !u.endsWith('/'), { error: 'expected no trailing slash' }),
    })
    .optional(),
});

export type Party = z.infer<typeof party>;
export type StaffMember = z.infer<typeof staffMember>;
export type Provider = z.infer<typeof providerSchema>;
