/** Corpus: report periods and filing, policy reviews, runbook reviews and tests (today is 2026-11-26). */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { replace, runCorpus, setFront } from './harness.ts';

const POLICY = 'policies/security-policy.mdx';
const RUNBOOK = 'runbooks/restore-drill.mdx';
const ALPHA_AUG = 'clients/alpha-bank/reports/2026-08.mdx';

runCorpus('dates and report filing', [
  {
    name: 'a report for a month that has not ended',
    mutate: async (root) => {
      await cp(
        join(root, 'clients/alpha-bank/reports/2026-10.mdx'),
        join(root, 'clients/alpha-bank/reports/2026-11.mdx'),
      );
      await replace(
        root,
        'clients/alpha-bank/reports/2026-11.mdx',
        "period: '2026-10'",
        "period: '2026-11'",
      );
    },
    file: 'clients/alpha-bank/reports/2026-11.mdx',
    field: 'period',
    rule: 'reports/future',
  },
  {
    name: 'a second report for the same client and month',
    mutate: (root) =>
      cp(
        join(root, 'clients/alpha-bank/reports/2026-09.mdx'),
        join(root, 'clients/alpha-bank/reports/2026-07.mdx'),
      ),
    file: 'clients/alpha-bank/reports/2026-09.mdx',
    field: 'period',
    rule: 'reports/one-per-month',
    says: 'clients/alpha-bank/reports/2026-07.mdx',
  },
  {
    name: 'a report whose file name and period disagree',
    mutate: (root) => replace(root, ALPHA_AUG, "period: '2026-08'", "period: '2026-07'"),
    file: ALPHA_AUG,
    field: 'period',
    rule: 'reports/location',
    at: "period: '2026-07'",
  },
  {
    name: 'a report filed under another client',
    mutate: (root) => replace(root, ALPHA_AUG, 'client: alpha-bank', 'client: beta-clinic'),
    file: ALPHA_AUG,
    field: 'client',
    rule: 'reports/location',
  },
  {
    name: 'a published report without its publication date',
    mutate: (root) =>
      replace(root, 'clients/beta-clinic/reports/2026-10.mdx', 'published_at: 2026-11-05\n', ''),
    file: 'clients/beta-clinic/reports/2026-10.mdx',
    field: 'published_at',
    rule: 'reports/published',
  },
  {
    name: 'a published report reviewed by its author (warning)',
    mutate: (root) =>
      replace(
        root,
        'clients/beta-clinic/reports/2026-10.mdx',
        'reviewed_by: rita-reviewer',
        'reviewed_by: sam-staff',
      ),
    file: 'clients/beta-clinic/reports/2026-10.mdx',
    field: 'reviewed_by',
    rule: 'reports/four-eyes',
    severity: 'warning',
  },
  {
    name: 'a policy review due before the policy took effect',
    mutate: (root) => setFront(root, POLICY, 'next_review', '2026-01-01'),
    file: POLICY,
    field: 'next_review',
    rule: 'dates/order',
  },
  {
    name: 'an approved policy without its approver',
    mutate: (root) =>
      replace(
        root,
        POLICY,
        'approved_by: { name: Rita Reviewer, title: Compliance Lead, date: 2026-01-10 }\n',
        '',
      ),
    file: POLICY,
    field: 'approved_by',
    rule: 'policies/approval',
  },
  {
    name: 'a policy review that is overdue (warning)',
    mutate: (root) => setFront(root, POLICY, 'next_review', '2026-11-01'),
    file: POLICY,
    field: 'next_review',
    rule: 'policies/review-overdue',
    severity: 'warning',
    at: 'next_review: 2026-11-01',
  },
  {
    name: 'a policy review due within 30 days (warning)',
    mutate: (root) => setFront(root, POLICY, 'next_review', '2026-12-10'),
    file: POLICY,
    field: 'next_review',
    rule: 'policies/review-due',
    severity: 'warning',
    says: 'due in 14 days',
  },
  {
    name: 'a policy review later than its cycle allows (warning)',
    mutate: (root) => setFront(root, POLICY, 'next_review', '2027-06-01'),
    file: POLICY,
    field: 'next_review',
    rule: 'policies/review-cycle',
    severity: 'warning',
  },
  {
    name: 'a runbook tested in the future',
    mutate: (root) => setFront(root, RUNBOOK, 'last_tested', '2026-12-01'),
    file: RUNBOOK,
    field: 'last_tested',
    rule: 'dates/future',
    at: 'last_tested: 2026-12-01',
  },
  {
    name: 'a runbook test due within 30 days (warning)',
    mutate: (root) => setFront(root, RUNBOOK, 'last_tested', '2026-09-10'),
    file: RUNBOOK,
    field: 'last_tested',
    rule: 'runbooks/test-due',
    severity: 'warning',
    says: 'due in 14 days',
  },
  {
    name: 'a runbook review that is overdue (warning)',
    mutate: (root) => setFront(root, RUNBOOK, 'last_reviewed', '2025-10-01'),
    file: RUNBOOK,
    field: 'last_reviewed',
    rule: 'runbooks/review-overdue',
    severity: 'warning',
  },
  {
    name: 'a runbook review due within 30 days (warning)',
    mutate: (root) => setFront(root, RUNBOOK, 'last_reviewed', '2025-12-10'),
    file: RUNBOOK,
    field: 'last_reviewed',
    rule: 'runbooks/review-due',
    severity: 'warning',
  },
  {
    name: 'a runbook test that is overdue (warning)',
    mutate: (root) => setFront(root, RUNBOOK, 'last_tested', '2026-07-01'),
    file: RUNBOOK,
    field: 'last_tested',
    rule: 'runbooks/test-overdue',
    severity: 'warning',
  },
  {
    name: 'a runbook never tested (warning)',
    mutate: (root) => replace(root, RUNBOOK, 'last_tested: 2026-10-15\n', ''),
    file: RUNBOOK,
    field: 'last_tested',
    rule: 'runbooks/never-tested',
    severity: 'warning',
  },
]);
