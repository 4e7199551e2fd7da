/**
 * Corpus: frozen records beyond the report ledger — matrix versions and their ledger, and
 * client acknowledgements, runbook share days — each through the real CLI, naming the file and the field.
 */
import { replace, runCorpus, write, type CorpusCase } from './harness.ts';

const ACKS = 'clients/alpha-bank/acknowledgements.yaml';
const VERSION_FILE = 'clients/alpha-bank/matrix-versions/1.json';
const HASH = 'a'.repeat(64);

const matrixLedger = (sha = HASH) =>
  `version: 1\nclients:\n  alpha-bank:\n    - number: 1\n      matrix_version: '1.1'\n      effective: 2026-03-01\n      published: 2026-11-20\n      event: adopted\n      summary: The matrix in force.\n      sha256: ${sha}\n`;

const ack = (fields: string) =>
  `acknowledgements:\n  - doc: report:2026-08\n    version: '1'\n    sha256: ${HASH}\n${fields}`;

const CASES: CorpusCase[] = [
  {
    name: 'a matrix version whose file does not match its recorded hash',
    mutate: async (root) => {
      await write(root, 'matrix-ledger.yaml', matrixLedger());
      await write(root, VERSION_FILE, '{\n  "client": "alpha-bank",\n  "rows": []\n}\n');
    },
    file: VERSION_FILE,
    field: 'seal',
    rule: 'records/matrix',
    noPosition: true,
  },
  {
    name: 'a matrix version recorded in the ledger but missing',
    mutate: (root) => write(root, 'matrix-ledger.yaml', matrixLedger()),
    file: VERSION_FILE,
    field: '(file)',
    rule: 'records/matrix',
    noPosition: true,
  },
  {
    name: 'an acknowledgement by someone who is not a contact of the client',
    mutate: (root) => write(root, ACKS, ack('    by: sam-staff\n    date: 2026-11-10\n')),
    file: ACKS,
    field: 'acknowledgements[0].by',
    rule: 'records/ack',
  },
  {
    name: 'an acknowledgement dated in the future',
    mutate: (root) => write(root, ACKS, ack('    by: ava-admin\n    date: 2027-01-10\n')),
    file: ACKS,
    field: 'acknowledgements[0].date',
    rule: 'records/ack',
    says: 'in the future',
  },
  {
    name: 'an acknowledgement dated before the version existed',
    mutate: (root) => write(root, ACKS, ack('    by: ava-admin\n    date: 2026-08-10\n')),
    file: ACKS,
    field: 'acknowledgements[0].date',
    rule: 'records/ack',
    says: 'before the acknowledged version existed',
  },
  {
    name: 'an acknowledgement of a report version that does not exist',
    mutate: (root) =>
      write(root, ACKS, ack('    by: ava-admin\n    date: 2026-11-10\n').replace("'1'", "'7'")),
    file: ACKS,
    field: 'acknowledgements[0].version',
    rule: 'records/ack',
    says: 'does not exist',
  },
  {
    name: 'a runbook share day for a client the runbook is not shared with',
    mutate: (root) =>
      replace(
        root,
        'runbooks/restore-drill.mdx',
        'shared_with: [alpha-bank]\n',
        'shared_with: [alpha-bank]\nshared_since:\n  beta-clinic: 2026-11-02\n',
      ),
    file: 'runbooks/restore-drill.mdx',
    field: 'shared_since.beta-clinic',
    rule: 'records/shared',
    says: 'not shared with this client',
  },
];

runCorpus('frozen records: matrix versions and acknowledgements', CASES);
