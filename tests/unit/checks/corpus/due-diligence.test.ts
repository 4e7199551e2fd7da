/** Corpus: the provider's due-diligence kit (provider/due-diligence/*.yaml) and NDA dates. */
import { rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { replace, runCorpus, write } from './harness.ts';

const KIT = 'provider/due-diligence';

runCorpus('due-diligence kit', [
  {
    name: 'an expired document declared current',
    mutate: (root) => replace(root, `${KIT}/soc-report.yaml`, 'end: 2026-06-30', 'end: 2025-06-30'),
    file: `${KIT}/soc-report.yaml`,
    field: 'period.end',
    rule: 'due-diligence/expired-current',
    says: 'expired on 2026-06-30',
  },
  {
    name: 'an expired item left without a status',
    mutate: (root) => replace(root, `${KIT}/dr-test.yaml`, 'date: 2026-05-12', 'date: 2025-05-12'),
    file: `${KIT}/dr-test.yaml`,
    field: 'date',
    rule: 'due-diligence/expired',
    severity: 'warning',
    at: 'date: 2025-05-12',
  },
  {
    name: 'a CUEC pointing at a missing activity',
    mutate: (root) => replace(root, `${KIT}/soc-report.yaml`, '[apply-patches]', '[apply-patch]'),
    file: `${KIT}/soc-report.yaml`,
    field: 'cuecs[1].activities[0]',
    rule: 'references/exists',
    at: 'apply-patch]',
    says: 'unknown activity "apply-patch"',
  },
  {
    name: 'a CUEC that maps to no activity',
    mutate: (root) => replace(root, `${KIT}/soc-report.yaml`, '[watch-alerts]', '[]'),
    file: `${KIT}/soc-report.yaml`,
    field: 'cuecs[2].activities',
    rule: 'due-diligence/cuec-unmapped',
    severity: 'warning',
  },
  {
    name: 'a restricted document shared with a client without an NDA date',
    mutate: (root) =>
      replace(
        root,
        `${KIT}/soc-report.yaml`,
        '    shared_with: all',
        '    shared_with: [alpha-bank, beta-clinic]',
      ),
    file: `${KIT}/soc-report.yaml`,
    field: 'documents[0].shared_with[1]',
    rule: 'due-diligence/nda-required',
    says: 'beta-clinic has none on file',
  },
  {
    name: 'a subprocessor without a data description',
    mutate: (root) =>
      replace(
        root,
        `${KIT}/subprocessors.yaml`,
        '    data: Encrypted backup copies of client servers.\n',
        '',
      ),
    file: `${KIT}/subprocessors.yaml`,
    field: 'subprocessors[0].data',
    rule: 'schema',
    says: 'say what client data this subprocessor can reach',
  },
  {
    name: 'a misspelled kit field gets a suggestion for its kind',
    mutate: (root) => replace(root, `${KIT}/insurance.yaml`, 'carrier:', 'carier:'),
    file: `${KIT}/insurance.yaml`,
    field: 'carier',
    rule: 'schema',
    at: 'carier:',
    says: 'did you mean "carrier"?',
  },
  {
    name: 'a kit item of an unknown kind',
    mutate: (root) => replace(root, `${KIT}/insurance.yaml`, 'kind: insurance', 'kind: insurer'),
    file: `${KIT}/insurance.yaml`,
    field: 'kind',
    rule: 'schema',
    says: 'expected kind: soc-report | insurance',
  },
  {
    name: 'a regulatory notice term without its citation',
    mutate: (root) =>
      replace(root, `${KIT}/notice-terms.yaml`, '    citation: 12 CFR 304.24\n', ''),
    file: `${KIT}/notice-terms.yaml`,
    field: 'terms[1].citation',
    rule: 'schema',
    says: 'needs its citation',
  },
  {
    name: 'a bridge letter dated before the period ended',
    mutate: (root) =>
      replace(
        root,
        `${KIT}/soc-report.yaml`,
        '{ date: 2026-10-01, covers',
        '{ date: 2026-06-01, covers',
      ),
    file: `${KIT}/soc-report.yaml`,
    field: 'bridge_letter.date',
    rule: 'due-diligence/dates',
    says: 'before period.end',
  },
  {
    name: 'an NDA signed in the future',
    mutate: (root) =>
      replace(
        root,
        'clients/alpha-bank/client.yaml',
        'nda_signed: 2025-02-01',
        'nda_signed: 2027-02-01',
      ),
    file: 'clients/alpha-bank/client.yaml',
    field: 'due_diligence.nda_signed',
    rule: 'due-diligence/nda-future',
    at: 'nda_signed: 2027-02-01',
  },
  {
    name: 'a document whose file is missing',
    mutate: (root) => rm(join(root, KIT, 'files/certificate.pdf')),
    file: `${KIT}/insurance.yaml`,
    field: 'documents[0].file',
    rule: 'due-diligence/document-file',
    says: 'no such file',
  },
  {
    name: 'a document file that is a link to something outside the kit',
    mutate: async (root) => {
      await rm(join(root, KIT, 'files/certificate.pdf'));
      await symlink(join(root, 'provider.yaml'), join(root, KIT, 'files/certificate.pdf'));
    },
    file: `${KIT}/insurance.yaml`,
    field: 'documents[0].file',
    rule: 'due-diligence/document-file',
    says: 'a symbolic link',
  },
  {
    name: 'two documents listing the same file',
    mutate: (root) =>
      replace(root, `${KIT}/insurance.yaml`, 'file: certificate.pdf', 'file: soc-report.pdf'),
    file: `${KIT}/insurance.yaml`,
    field: 'documents[0].file',
    rule: 'due-diligence/document-unique',
    at: 'file: soc-report.pdf',
    says: 'also in provider/due-diligence/soc-report.yaml',
  },
  {
    name: 'a continuity test marked passed that missed its recovery time',
    mutate: (root) =>
      write(
        root,
        `${KIT}/dr-test.yaml`,
        [
          'kind: continuity-test',
          'title: Disaster recovery exercise',
          'date: 2026-05-12',
          'scenario: Loss of the primary site.',
          'rto_target_hours: 8',
          'rto_achieved_hours: 11',
          'rpo_target_hours: 4',
          'rpo_achieved_hours: 2',
          'result: passed',
          '',
        ].join('\n'),
      ),
    file: `${KIT}/dr-test.yaml`,
    field: 'rto_achieved_hours',
    rule: 'due-diligence/objective-missed',
    severity: 'warning',
    at: 'rto_achieved_hours: 11',
  },
]);
