/**
 * Corpus: internal links (page, anchor, audience) and client names where other clients
 * read. The fixture's audiences: services and security-policy reach every client,
 * restore-drill and alpha's reports reach alpha-bank only, credential-rotation and
 * technician-credentials are staff-only.
 */
import { appendBody, replace, runCorpus } from './harness.ts';

const SERVICE = 'services/monitoring.mdx';
const POLICY = 'policies/security-policy.mdx';
const ALPHA_REPORT = 'clients/alpha-bank/reports/2026-09.mdx';

runCorpus('links and client names', [
  {
    name: 'a link to a page that does not exist',
    mutate: (root) => appendBody(root, SERVICE, 'See [patching](/services/patch-management/).'),
    file: SERVICE,
    field: 'body',
    rule: 'links/exists',
    at: '[patching]',
  },
  {
    name: 'a link without the trailing slash',
    mutate: (root) => appendBody(root, SERVICE, 'See [patching](/services/patching).'),
    file: SERVICE,
    field: 'body',
    rule: 'links/exists',
    says: '/services/patching/ (page addresses end with a slash)',
  },
  {
    name: 'a link to a heading that does not exist',
    mutate: (root) => appendBody(root, SERVICE, 'See [tiers](/services/patching/#response-times).'),
    file: SERVICE,
    field: 'body',
    rule: 'links/anchor',
    says: 'tiers',
  },
  {
    name: 'a link to a heading of the same page that does not exist',
    mutate: (root) => appendBody(root, POLICY, 'Back to [the rules](#the-rules).'),
    file: POLICY,
    field: 'body',
    rule: 'links/anchor',
    says: '"#the-rules"',
  },
  {
    name: 'a relative link that leads nowhere',
    mutate: (root) => appendBody(root, SERVICE, 'See [backup](../backups/).'),
    file: SERVICE,
    field: 'body',
    rule: 'links/exists',
    says: '/services/backups/',
  },
  {
    name: 'a shared page linking to a staff-only runbook',
    mutate: (root) =>
      appendBody(root, SERVICE, 'Technicians follow [rotation](/runbooks/credential-rotation/).'),
    file: SERVICE,
    field: 'body',
    rule: 'links/audience',
    says: 'staff-only',
  },
  {
    name: "a shared page linking to one client's matrix",
    mutate: (root) =>
      appendBody(
        root,
        SERVICE,
        'For example [this row](/clients/alpha-bank/matrix/#a-watch-alerts).',
      ),
    file: SERVICE,
    field: 'body',
    rule: 'links/audience',
    says: 'only alpha-bank',
  },
  {
    name: "a client report linking to another client's report",
    mutate: (root) =>
      appendBody(
        root,
        ALPHA_REPORT,
        'Compare [last month elsewhere](/clients/beta-clinic/reports/2026-09/).',
      ),
    file: ALPHA_REPORT,
    field: 'body',
    rule: 'links/audience',
  },
  {
    name: 'a client report linking to its own draft report',
    mutate: (root) =>
      appendBody(root, ALPHA_REPORT, 'Next: [October](/clients/alpha-bank/reports/2026-10/).'),
    file: ALPHA_REPORT,
    field: 'body',
    rule: 'links/audience',
  },
  {
    name: 'a client report linking to a staff-only part of a page',
    mutate: (root) =>
      appendBody(root, ALPHA_REPORT, 'Who else: [subscribers](/services/monitoring/#subscribers).'),
    file: ALPHA_REPORT,
    field: 'body',
    rule: 'links/anchor',
    says: 'staff-only part',
  },
  {
    name: 'a client named in a policy every client reads',
    mutate: (root) => appendBody(root, POLICY, 'Alpha Canary Bank asked for this rule in 2025.'),
    file: POLICY,
    field: 'body',
    rule: 'leaks/client-name',
    at: 'Alpha Canary Bank asked',
  },
  {
    name: 'a client named in the front matter of a shared service',
    mutate: (root) =>
      replace(
        root,
        SERVICE,
        'summary: Round-the-clock watching',
        'summary: As for Beta Canary Clinic, round-the-clock watching',
      ),
    file: SERVICE,
    field: 'summary',
    rule: 'leaks/client-name',
    at: 'Beta Canary Clinic',
  },
  {
    name: 'a client named in a matrix activity every client sees',
    mutate: (root) =>
      replace(
        root,
        'activities/operations.yaml',
        'title: Watch and triage alerts',
        'title: Watch and triage alerts (as Alpha Canary Bank asked)',
      ),
    file: 'activities/operations.yaml',
    field: 'activities[0].title',
    rule: 'leaks/client-name',
  },
  {
    name: "another client's contact in a client report",
    mutate: (root) => appendBody(root, ALPHA_REPORT, 'We compared notes with ben@beta.test.'),
    file: ALPHA_REPORT,
    field: 'body',
    rule: 'leaks/client-name',
    at: 'ben@beta.test',
  },
]);
