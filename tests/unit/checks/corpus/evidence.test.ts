/** Corpus: evidence records, attachments, exceptions and control decisions (today is 2026-11-26). */
import { createHash } from 'node:crypto';
import { runCorpus, write } from './harness.ts';

const RECORD = 'clients/alpha-bank/evidence/2026/access-review-q3.yaml';
const ATTACHMENT = 'clients/alpha-bank/evidence/2026/access-review-q3.csv';
const EXCEPTIONS = 'clients/alpha-bank/exceptions.yaml';
const DECISIONS = 'clients/alpha-bank/decisions.yaml';
const BOARD = 'clients/alpha-bank/board/2025.yaml';

function board(fields: Record<string, string> = {}): string {
  const f = {
    year: '2025',
    status: 'published',
    prepared_by: 'sam-staff',
    presented_by: 'ava-admin',
    presented: '2026-01-20',
    ...fields,
  };
  return [
    ...Object.entries(f)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `${k}: ${v}`),
    'overall: The program operated as approved.',
    'provider_assurance: SOC 2 Type II, unqualified.',
    '',
  ].join('\n');
}
const SHEET = 'reviewer,result\nava-admin,signed\n';
const CARD = 'card,result\n4111 1111 1111 1111,refunded\n';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function record(fields: Record<string, string> = {}): string {
  const f = {
    period: '{ start: 2026-07-01, end: 2026-09-30 }',
    performed_by: 'sam-staff',
    approved_by: '{ contact: ava-admin, date: 2026-10-09 }',
    controls: '[fixture-fw:PRO-1]',
    attachment: `{ file: access-review-q3.csv, sha256: ${sha(SHEET)} }`,
    ...fields,
  };
  return [
    'title: Quarterly access review',
    'kind: access-review',
    ...Object.entries(f).map(([k, v]) => `${k}: ${v}`),
    'summary: Every account checked against the roster.',
    '',
  ].join('\n');
}

async function writeRecord(root: string, fields: Record<string, string> = {}, sheet = SHEET) {
  await write(root, ATTACHMENT, sheet);
  await write(root, RECORD, record(fields));
}

function exception(fields: Record<string, string> = {}): string {
  const f = {
    id: 'exc-1',
    controls: '[fixture-fw:PRO-2]',
    accepted_by: '{ contact: ava-admin, date: 2026-06-01 }',
    expires: '2026-12-31',
    next_review: '2026-12-01',
    ...fields,
  };
  return [
    'exceptions:',
    '  - title: Core host patched monthly',
    '    not_done: The vendor patches on its own monthly window.',
    '    risk: medium',
    ...Object.entries(f)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `    ${k}: ${v}`),
    '',
  ].join('\n');
}

function decision(control: string, kind: string, contact = 'ava-admin'): string {
  return [
    `  - control: ${control}`,
    `    decision: ${kind}`,
    '    reason: The institution has no such function to protect.',
    `    decided_by: { contact: ${contact}, date: 2026-02-10 }`,
  ].join('\n');
}

runCorpus('evidence records, exceptions and decisions', [
  {
    name: 'a board report whose year differs from its file name',
    mutate: (root) => write(root, BOARD, board({ year: '2024' })),
    file: BOARD,
    field: 'year',
    rule: 'board/location',
  },
  {
    name: 'a board report presented by someone who is not a client contact',
    mutate: (root) => write(root, BOARD, board({ presented_by: 'sam-staff' })),
    file: BOARD,
    field: 'presented_by',
    rule: 'board/people',
  },
  {
    name: 'a published board report without the day it was presented',
    mutate: (root) => write(root, BOARD, board({ presented: '' })),
    file: BOARD,
    field: 'presented',
    rule: 'board/dates',
  },
  {
    name: 'an attachment whose bytes no longer match its recorded SHA-256',
    mutate: (root) => writeRecord(root, {}, SHEET + 'tampered,1\n'),
    file: RECORD,
    field: 'attachment.sha256',
    rule: 'evidence/attachment',
    says: sha(SHEET),
  },
  {
    name: 'an attachment that is not beside its record',
    mutate: (root) => write(root, RECORD, record()),
    file: RECORD,
    field: 'attachment.file',
    rule: 'evidence/attachment',
  },
  {
    name: 'a Social Security number in an evidence record',
    mutate: (root) =>
      write(
        root,
        RECORD,
        record({ attachment: '' })
          .replace('Every account', 'SSN 219-09-9999 and every account')
          .replace('attachment: \n', ''),
      ),
    file: RECORD,
    field: 'summary',
    rule: 'pii/ssn',
    secret: '219-09-9999',
  },
  {
    name: 'a card number in an attachment, reported on its record',
    mutate: (root) =>
      writeRecord(
        root,
        { attachment: `{ file: access-review-q3.csv, sha256: ${sha(CARD)} }` },
        CARD,
      ),
    file: RECORD,
    field: 'attachment.file',
    rule: 'pii/card',
    secret: '4111 1111 1111 1111',
  },
  {
    name: 'evidence approved by someone who is not a client contact',
    mutate: (root) =>
      writeRecord(root, { approved_by: '{ contact: sam-staff, date: 2026-10-09 }' }),
    file: RECORD,
    field: 'approved_by.contact',
    rule: 'evidence/approver',
    says: 'sam-staff',
  },
  {
    name: "evidence approved by the client's vendor, not the institution",
    mutate: (root) =>
      writeRecord(root, { approved_by: '{ contact: vic-vendor, date: 2026-10-09 }' }),
    file: RECORD,
    field: 'approved_by.contact',
    rule: 'evidence/approver',
    says: 'Core Systems Inc.',
  },
  {
    name: 'a period that ends after the day it was approved',
    mutate: (root) =>
      writeRecord(root, { approved_by: '{ contact: ava-admin, date: 2026-09-15 }' }),
    file: RECORD,
    field: 'period.end',
    rule: 'evidence/dates',
    says: '2026-09-15',
  },
  {
    name: 'a period that ends in the future',
    mutate: (root) => writeRecord(root, { period: '{ start: 2026-10-01, end: 2026-12-31 }' }),
    file: RECORD,
    field: 'period.end',
    rule: 'evidence/dates',
    says: '2026-12-31',
  },
  {
    name: 'evidence for a control of a framework the client is not held to',
    mutate: (root) => writeRecord(root, { controls: '[nist-csf-2:PR.AA]' }),
    file: RECORD,
    field: 'controls[0]',
    rule: 'evidence/controls',
  },
  {
    name: 'evidence performed by nobody the content knows',
    mutate: (root) => writeRecord(root, { performed_by: 'someone-else' }),
    file: RECORD,
    field: 'performed_by',
    rule: 'evidence/performer',
  },
  {
    name: 'evidence filed under a client that does not exist',
    mutate: (root) =>
      write(
        root,
        'clients/gamma-bank/evidence/2026/review.yaml',
        record({ attachment: '' }).replace('attachment: \n', ''),
      ),
    file: 'clients/gamma-bank/evidence/2026/review.yaml',
    field: '(file)',
    rule: 'evidence/client',
  },
  {
    name: 'an exception without an approver',
    mutate: (root) => write(root, EXCEPTIONS, exception({ accepted_by: '' })),
    file: EXCEPTIONS,
    field: 'exceptions[0].accepted_by',
    rule: 'schema',
  },
  {
    name: 'an exception without an expiry',
    mutate: (root) => write(root, EXCEPTIONS, exception({ expires: '' })),
    file: EXCEPTIONS,
    field: 'exceptions[0].expires',
    rule: 'schema',
  },
  {
    name: "an exception for a control the client's frameworks do not have",
    mutate: (root) => write(root, EXCEPTIONS, exception({ controls: '[fixture-fw:NOPE-9]' })),
    file: EXCEPTIONS,
    field: 'exceptions[0].controls[0]',
    rule: 'evidence/controls',
    says: 'fixture-fw:NOPE-9',
  },
  {
    name: 'an exception reviewed after it expires',
    mutate: (root) => write(root, EXCEPTIONS, exception({ next_review: '2027-02-01' })),
    file: EXCEPTIONS,
    field: 'exceptions[0].next_review',
    rule: 'exceptions/dates',
  },
  {
    name: 'two exceptions with one id',
    mutate: (root) =>
      write(root, EXCEPTIONS, exception() + exception().replace('exceptions:\n', '')),
    file: EXCEPTIONS,
    field: 'exceptions[1].id',
    rule: 'exceptions/unique',
  },
  {
    name: 'an addressable decision on a control that is not addressable',
    mutate: (root) =>
      write(root, DECISIONS, `decisions:\n${decision('fixture-fw:GOV-1', 'implemented')}\n`),
    file: DECISIONS,
    field: 'decisions[0].decision',
    rule: 'decisions/addressable',
  },
  {
    name: 'two decisions on one control',
    mutate: (root) =>
      write(
        root,
        DECISIONS,
        `decisions:\n${decision('fixture-fw:GOV-1', 'not-applicable')}\n${decision('fixture-fw:GOV-1', 'not-applicable')}\n`,
      ),
    file: DECISIONS,
    field: 'decisions[1].control',
    rule: 'decisions/unique',
  },
]);
