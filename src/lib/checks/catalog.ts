/**
 * Every rule `npm run check` applies, with its id (the `rule` of each problem, stable for
 * tools and docs), its default severity, and what it means. `--strict` makes every
 * warning an error.
 */
import type { Severity } from '../problems.ts';

export interface RuleInfo {
  id: string;
  severity: Severity;
  summary: string;
}

function rule(id: string, severity: Severity, summary: string): RuleInfo {
  return { id, severity, summary };
}

/** The rules, grouped as docs/content-checks.md lists them (npm run docs:rules). */
export const RULES: readonly RuleInfo[] = [
  rule('syntax', 'error', 'YAML or front matter cannot be parsed'),
  rule('schema', 'error', 'a field is missing, of the wrong type, or unknown'),
  rule('content/provider', 'error', 'the content root has no provider.yaml'),
  rule('content/ignored-file', 'warning', 'a Markdown or .yml file that no collection reads'),
  rule('content/marker', 'error', 'the text "tandem:", which the build uses as a marker'),
  rule('config/pattern', 'error', 'provider.yaml medical_record_pattern is not a valid pattern'),
  rule('ids/unique', 'error', 'two things of one kind share an id'),
  rule('ids/format', 'error', 'an id taken from a file or folder name is not ^[a-z0-9-]+$'),
  rule('ids/reserved', 'error', 'a client id is a name the built site uses (staff, pagefind, …)'),
  rule('references/exists', 'error', 'an id names nothing that exists'),
  rule('references/duplicate', 'error', 'the same id is listed twice'),
  rule('references/parties', 'error', 'provider.yaml lacks a client-team or provider party'),
  rule('references/folder', 'error', 'a policy and the folder it is in name different clients'),
  rule('matrix/one-accountable', 'error', 'an activity has no Accountable party, or several'),
  rule('matrix/responsible', 'error', 'an activity has nobody Responsible'),
  rule('matrix/regulated-outcome', 'error', 'the provider is Accountable for a regulated outcome'),
  rule('matrix/override-unique', 'error', 'a client overrides one activity twice'),
  rule(
    'matrix/override-no-effect',
    'warning',
    'an override gives the same letters as the template',
  ),
  rule('dates/order', 'error', 'an end or next review is not after its start'),
  rule('dates/future', 'error', 'a runbook review or test date in the future (matrix: warning)'),
  rule('policies/approval', 'error', 'an approved policy does not say who approved it'),
  rule('policies/review-cycle', 'warning', 'the next review is later than the cycle allows'),
  rule('policies/review-overdue', 'warning', 'the policy review date has passed'),
  rule('policies/review-due', 'warning', 'the policy review is due within 30 days'),
  rule('runbooks/review-overdue', 'warning', 'the runbook was not reviewed within its cycle'),
  rule('runbooks/review-due', 'warning', 'the runbook review is due within 30 days'),
  rule('runbooks/test-overdue', 'warning', 'the runbook was not tested within its cycle'),
  rule('runbooks/test-due', 'warning', 'the runbook test is due within 30 days'),
  rule('runbooks/never-tested', 'warning', 'the runbook has no last_tested date'),
  rule(
    'reports/location',
    'error',
    'the report folder or file name disagrees with its client or period',
  ),
  rule('reports/one-per-month', 'error', 'a second report for the same client and month'),
  rule('reports/future', 'error', 'the report covers a month that has not ended'),
  rule('reports/published', 'error', 'a published report lacks its date or reviewer'),
  rule('reports/four-eyes', 'warning', 'a published report was reviewed by its author'),
  rule(
    'reports/metrics-add-up',
    'error',
    'a part is larger than its whole (e.g. EDR endpoints > managed)',
  ),
  rule(
    'reports/vulns-add-up',
    'warning',
    "open vulnerabilities do not follow from last month's figures",
  ),
  rule(
    'reports/recommendations',
    'error',
    'a recommendation raised after its report, or listed twice',
  ),
  rule(
    'reports/carry-forward',
    'warning',
    'an open recommendation dropped, or its raised month changed',
  ),
  rule('reports/corrections', 'error', 'a correction on a draft, or dated impossibly'),
  rule('reports/ledger', 'error', 'content/report-ledger.yaml cannot be read'),
  rule('reports/ledger-missing', 'error', 'no ledger, or a published report or snapshot not in it'),
  rule(
    'reports/immutable',
    'error',
    'a published report changed without a correction, or was removed',
  ),
  rule(
    'reports/correction-unrecorded',
    'warning',
    'a correction not yet recorded with report:publish --correct',
  ),
  rule('incidents/timeline', 'error', 'detected, contained, resolved and notified out of order'),
  rule('incidents/period', 'error', "an incident detected outside its report's month"),
  rule('incidents/future', 'error', 'an incident timestamp in the future'),
  rule(
    'incidents/client-notice',
    'error',
    'a notice the provider owed the client (bank 4-hour rule, BA, Reg S-P, contract) not recorded',
  ),
  rule(
    'incidents/reportable',
    'warning',
    'a regulator clock (determined or notified) on an incident not marked reportable',
  ),
  rule(
    'incidents/regulator-notice',
    'warning',
    "a client's notification deadline passed with no notice recorded",
  ),
  rule('archive/policy', 'error', 'an archived version of a policy that does not exist'),
  rule('archive/location', 'error', 'an archived version not beside its policy'),
  rule('archive/current', 'error', "an archived version with the live policy's version"),
  rule('mdx/syntax', 'error', 'the body is not valid MDX'),
  rule('mdx/html-comment', 'error', 'an HTML comment in a body'),
  rule('mdx/component', 'error', 'an unknown component, raw HTML, or a bad <Callout> prop'),
  rule('mdx/code', 'error', 'an import, export, or { } expression that is more than comments'),
  rule('mdx/image-alt', 'error', 'an image without alt text'),
  rule('links/exists', 'error', 'an internal link to a page that does not exist'),
  rule('links/anchor', 'error', 'a link to a heading or element id the page does not have'),
  rule('links/audience', 'error', 'a link readers cannot follow: staff-only or another client'),
  rule(
    'leaks/client-name',
    'error',
    "a client's name, contact or contract where other clients read",
  ),
  rule('secrets/private-key', 'error', 'a private key block'),
  rule('secrets/cloud-key', 'error', 'an AWS, Azure or GCP access key'),
  rule('secrets/url-password', 'error', 'a password written in a URL'),
  rule('pii/ssn', 'error', 'a US Social Security number'),
  rule('pii/card', 'error', 'a payment card number (Luhn-valid)'),
  rule('pii/medical-record', 'error', "a medical record number (provider.yaml's pattern)"),
  rule('regulatory/profile', 'error', 'an impossible regulatory profile (e.g. a bank with a BAA)'),
  rule(
    'incidents/facts',
    'error',
    'incident facts that contradict each other, or an unknown notice',
  ),
  rule(
    'matrix/segregation-of-duties',
    'error',
    'one party both Responsible and Accountable where duties must be separate',
  ),
  rule(
    'due-diligence/expired-current',
    'error',
    'a kit item declared status: current whose expiry has passed',
  ),
  rule(
    'due-diligence/expired',
    'warning',
    'a kit item past its expiry (clients see it as expired)',
  ),
  rule(
    'due-diligence/dates',
    'error',
    'kit dates out of order, or a past event dated in the future',
  ),
  rule(
    'due-diligence/nda-required',
    'error',
    'a SOC report or NDA-only document shared with a client that has no NDA date',
  ),
  rule('due-diligence/nda-future', 'error', "a client's NDA date is in the future"),
  rule(
    'due-diligence/document-file',
    'error',
    'a kit document file is missing, or not a regular file',
  ),
  rule('due-diligence/document-unique', 'error', 'two kit documents list the same file'),
  rule('due-diligence/cuec-unmapped', 'warning', 'a CUEC that maps to no matrix activity'),
  rule(
    'due-diligence/objective-missed',
    'warning',
    'a continuity test marked passed whose RTO or RPO exceeded its target',
  ),
  rule(
    'evidence/client',
    'error',
    'an evidence, exceptions or decisions file of an unknown client',
  ),
  rule(
    'evidence/approver',
    'error',
    'approved, accepted or decided by someone not a client contact',
  ),
  rule(
    'evidence/performer',
    'error',
    'performed_by is neither provider staff nor a client contact',
  ),
  rule('evidence/dates', 'error', 'a period that ends after approval or in the future'),
  rule('evidence/controls', 'error', "a control the client's frameworks do not have"),
  rule('evidence/attachment', 'error', 'an attachment missing, or its SHA-256 does not match'),
  rule('exceptions/unique', 'error', 'two exceptions of a client share an id'),
  rule('exceptions/dates', 'error', 'accepted in the future, or reviewed after it expires'),
  rule(
    'decisions/addressable',
    'error',
    'an addressable decision on a control that is not addressable',
  ),
  rule('decisions/unique', 'error', 'two decisions on one control'),
  rule('board/location', 'error', 'a board report whose year and file name differ'),
  rule(
    'board/people',
    'error',
    'a board report prepared by non-staff or presented by a non-contact',
  ),
  rule(
    'board/dates',
    'error',
    'a published board report without a presented day, or one out of range',
  ),
  rule(
    'ids/host-name',
    'error',
    'a client id that is not a DNS label (1–63 chars, no edge or double hyphen)',
  ),
  rule('links/scheme', 'error', 'a link or image with a scheme other than http(s), mailto, tel'),
  rule('content/svg', 'error', 'an SVG image in content (it can carry script)'),
  rule('content/symlink', 'error', 'a symbolic link, or a path outside the content root'),
  rule('secrets/token', 'error', 'a GitHub, Slack, Google or Stripe token, a JWT, a webhook URL'),
  rule('secrets/password', 'error', 'a password written as `password: …`'),
  rule('records/snapshot', 'error', "a published report's snapshot is missing or was edited"),
  rule(
    'records/matrix',
    'error',
    'a matrix version file is missing or edited, or its ledger is bad',
  ),
  rule('records/ack', 'error', 'an acknowledgement of no such version, by a non-contact, misdated'),
  rule(
    'records/shared',
    'error',
    "a runbook's share day for a client it is not shared with, or future",
  ),
];

/** The rules as aligned text, for `tandem check --rules`. */
export function formatRules(): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  return (
    RULES.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.summary}`).join('\n') +
    '\n'
  );
}
