/** Corpus: files a schema or the YAML parser rejects (issue 2's bad inputs). */
import { read, replace, runCorpus, write } from './harness.ts';

runCorpus('schema and syntax', [
  {
    name: 'a field of the wrong type',
    mutate: (root) =>
      replace(root, 'clients/alpha-bank/client.yaml', 'employees: 40', 'employees: forty'),
    file: 'clients/alpha-bank/client.yaml',
    field: 'employees',
    rule: 'schema',
    at: 'employees: forty',
    says: '"forty"',
  },
  {
    name: 'a missing required field',
    mutate: (root) =>
      replace(
        root,
        'services/patching.mdx',
        'summary: Monthly operating system and application patching.\n',
        '',
      ),
    file: 'services/patching.mdx',
    field: 'summary',
    rule: 'schema',
    says: 'required field "summary" is missing',
  },
  {
    name: 'an unknown metric in a report',
    mutate: (root) =>
      replace(
        root,
        'clients/alpha-bank/reports/2026-09.mdx',
        '  tickets_opened: 60',
        '  tickets_opened: 60\n  tickets_reopened: 3',
      ),
    file: 'clients/alpha-bank/reports/2026-09.mdx',
    field: 'metrics.tickets_reopened',
    rule: 'schema',
    says: 'unknown field "tickets_reopened" — did you mean "tickets_opened"?',
  },
  {
    name: 'a misspelled field anywhere (schemas reject unknown fields)',
    mutate: (root) =>
      replace(
        root,
        'runbooks/restore-drill.mdx',
        'last_tested: 2026-10-15',
        'last_tsted: 2026-10-15',
      ),
    file: 'runbooks/restore-drill.mdx',
    field: 'last_tsted',
    rule: 'schema',
    says: 'unknown field "last_tsted" — did you mean "last_tested"?',
  },
  {
    name: 'front matter that is not YAML',
    mutate: (root) =>
      replace(
        root,
        'policies/security-policy.mdx',
        'title: Fixture Information Security Policy',
        'title: [Fixture',
      ),
    file: 'policies/security-policy.mdx',
    field: '(file)',
    rule: 'syntax',
    says: 'cannot parse front matter',
  },
  {
    name: 'a YAML file that does not parse',
    mutate: async (root) =>
      write(
        root,
        'frameworks/fixture-fw.yaml',
        `${await read(root, 'frameworks/fixture-fw.yaml')}  - { id: BAD-1, title: Broken\n`,
      ),
    file: 'frameworks/fixture-fw.yaml',
    field: '(file)',
    rule: 'syntax',
  },
  {
    name: 'a page without front matter',
    mutate: async (root) =>
      write(
        root,
        'runbooks/restore-drill.mdx',
        (await read(root, 'runbooks/restore-drill.mdx')).replace(/^---\n/, ''),
      ),
    file: 'runbooks/restore-drill.mdx',
    field: '(file)',
    rule: 'syntax',
    says: 'front matter is missing',
  },
  {
    name: 'a date that is not in the calendar',
    mutate: (root) =>
      replace(
        root,
        'policies/security-policy.mdx',
        'effective: 2026-01-15',
        'effective: 2026-02-30',
      ),
    file: 'policies/security-policy.mdx',
    field: 'effective',
    rule: 'schema',
    at: 'effective: 2026-02-30',
    says: 'not a calendar date',
  },
  {
    name: 'a RACI letter that does not exist',
    mutate: (root) =>
      replace(
        root,
        'activities/operations.yaml',
        'raci: { internal-it: I, provider: RA }',
        'raci: { internal-it: X, provider: RA }',
      ),
    file: 'activities/operations.yaml',
    field: 'activities[0].raci.internal-it',
    rule: 'schema',
    says: 'found "X"',
  },
]);
