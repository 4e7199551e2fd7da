import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../../src/lib/checks/references.ts';
import type { RawContent } from '../../../src/lib/model/types.ts';
import { fixtureModel } from '../helpers/fixture.ts';

async function problemsAfter(change: (raw: RawContent) => void) {
  return checkReferences(await fixtureModel(change));
}

const alpha = (raw: RawContent) => raw.clients.find((c) => c.id === 'alpha-bank')!.data;

describe('checkReferences', () => {
  it('accepts the fixture', async () => {
    expect(await problemsAfter(() => {})).toEqual([]);
  });

  it('names the file and field of every dangling id', async () => {
    const problems = await problemsAfter((raw) => {
      alpha(raw).frameworks.push('hipaa');
      raw.runbooks.find((r) => r.id === 'restore-drill')!.data.activities.push('nope');
      raw.policies.find((p) => p.id === 'security-policy')!.data.controls.push('fixture-fw:ZZZ-1');
    });
    expect(problems.map((p) => [p.file, p.path.join('.'), p.found])).toEqual([
      ['clients/alpha-bank/client.yaml', 'frameworks.1', '"hipaa"'],
      ['policies/security-policy.mdx', 'controls.1', '"fixture-fw:ZZZ-1"'],
      ['runbooks/restore-drill.mdx', 'activities.1', '"nope"'],
    ]);
  });

  it('names the second of two equal ids in a list', async () => {
    const problems = await problemsAfter((raw) => {
      alpha(raw).services.push({ ...alpha(raw).services[0]! });
      alpha(raw).frameworks.push('fixture-fw');
    });
    expect(problems.map((p) => [p.rule, p.path.join('.'), p.found])).toEqual([
      ['references/duplicate', 'frameworks.1', 'also at frameworks[0]'],
      ['references/duplicate', 'services.2.service', 'also at services[0].service'],
    ]);
  });

  it('rejects a contact id that is also a staff id', async () => {
    const problems = await problemsAfter((raw) => {
      alpha(raw).contacts[0]!.id = 'omar-oncall';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ rule: 'ids/unique', path: ['contacts', 0, 'id'] }),
    );
  });
});
