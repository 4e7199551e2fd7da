/** `checkContent` as one call, in process: how the checks fit together. */
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/checks/run.ts';
import { TODAY } from '../helpers/fixture.ts';
import { appendBody, cleanFixture, removeFixtures, replace, write } from './corpus/harness.ts';

const tree = cleanFixture;
afterAll(removeFixtures);

const ARCHIVED = `---
title: Fixture Information Security Policy
version: '1.0'
effective: 2025-01-15
superseded: 2026-01-15
owner: Compliance Lead
---

## Old rules

Passwords were rotated yearly.
`;

describe('checkContent', () => {
  it('reports an invalid file once, not again where others point at it', async () => {
    const root = await tree();
    await replace(root, 'clients/alpha-bank/client.yaml', 'employees: 40', 'employees: forty');
    const { problems } = await checkContent(root, { today: TODAY });
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.rule, p.file])).toEqual([
      ['schema', 'clients/alpha-bank/client.yaml'],
    ]);
  });

  it('reads archived policy versions: their bodies are checked and links to them resolve', async () => {
    const root = await tree();
    await write(
      root,
      'policies/archive/security-policy/1.0.mdx',
      ARCHIVED.replace('yearly.', 'yearly. AKIAIOSFODNN7EXAMPLE'),
    );
    await appendBody(
      root,
      'policies/security-policy.mdx',
      'The [old rules](/policies/security-policy/versions/1.0/#old-rules).',
    );
    const { problems } = await checkContent(root, { today: TODAY });
    const mine = problems.filter((p) => p.rule !== 'reports/ledger-missing');
    expect(mine.map((p) => [p.rule, p.file, p.line])).toEqual([
      ['secrets/cloud-key', 'policies/archive/security-policy/1.0.mdx', 11],
    ]);
  });

  it('sorts problems by file, then line and column', async () => {
    const root = await tree();
    await appendBody(
      root,
      'services/monitoring.mdx',
      'B [x](/nope/) and 123-45-6789 and [y](/nope2/).',
    );
    const { problems } = await checkContent(root, { today: TODAY });
    const inFile = problems.filter((p) => p.file === 'services/monitoring.mdx');
    expect(inFile.map((p) => p.rule)).toEqual(['links/exists', 'pii/ssn', 'links/exists']);
  });
});
