/** Corpus: the content tree itself (no provider file, files no collection reads). */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { read, runCorpus, write } from './harness.ts';

runCorpus('content tree', [
  {
    name: 'no provider.yaml',
    mutate: (root) => rm(join(root, 'provider.yaml')),
    file: 'provider.yaml',
    field: '(file)',
    rule: 'content/provider',
    noPosition: true,
  },
  {
    name: 'a report in a mistyped folder (warning)',
    mutate: async (root) =>
      write(
        root,
        'clients/alpha-bank/report/2026-07.mdx',
        await read(root, 'clients/alpha-bank/reports/2026-09.mdx'),
      ),
    file: 'clients/alpha-bank/report/2026-07.mdx',
    field: '(file)',
    rule: 'content/ignored-file',
    severity: 'warning',
    noPosition: true,
  },
]);
