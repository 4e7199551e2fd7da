/**
 * "Runbooks newly shared": the day a runbook was shared with a client shows in that
 * client's "What changed" and feed only, and a bad share day is an error naming the file
 * and the field.
 */
import { describe, expect, it } from 'vitest';
import { clientChanges } from '../../../src/lib/records/changes.ts';
import { checkRunbookSharing } from '../../../src/lib/records/runbook-sharing.ts';
import { atomFeed } from '../../../src/lib/records/atom.ts';
import { schemaProblems } from '../../../src/lib/content/read.ts';
import { runbookSchema } from '../../../src/schemas/runbook.ts';
import type { RawContent } from '../../../src/lib/model/types.ts';
import { fixtureModel, fixtureRaw, TODAY } from '../helpers/fixture.ts';

const FILE = 'runbooks/restore-drill.mdx';

/** The fixture with restore-drill shared with both clients on the days given. */
function sharing(sharedWith: string[], since: Record<string, string>) {
  return (raw: RawContent) => {
    const runbook = raw.runbooks.find((r) => r.file === FILE)!;
    runbook.data.shared_with = sharedWith;
    runbook.data.shared_since = since;
  };
}

describe('a runbook newly shared', () => {
  it('is listed for the client it was shared with, in the month it was shared', async () => {
    const model = await fixtureModel(
      sharing(['alpha-bank', 'beta-clinic'], {
        'alpha-bank': '2026-11-09',
        'beta-clinic': '2026-10-02',
      }),
    );
    const alpha = clientChanges(model, 'alpha-bank', []).filter((i) => i.kind === 'runbook');
    expect(alpha).toEqual([
      expect.objectContaining({
        id: 'runbook-restore-drill-shared',
        date: '2026-11-09',
        path: '/runbooks/restore-drill/',
      }),
    ]);
    const beta = clientChanges(model, 'beta-clinic', []).filter((i) => i.kind === 'runbook');
    expect(beta.map((i) => i.date)).toEqual(['2026-10-02']);
  });

  it("never appears in another client's changes or feed", async () => {
    const model = await fixtureModel(sharing(['alpha-bank'], { 'alpha-bank': '2026-11-09' }));
    const beta = clientChanges(model, 'beta-clinic', []);
    expect(beta.some((i) => i.kind === 'runbook')).toBe(false);
    const feed = atomFeed(
      {
        base: 'https://beta-clinic.portal.example',
        self: '/clients/beta-clinic/feed.xml',
        page: '/clients/beta-clinic/changes/',
        title: 'What changed',
        author: 'Fixture Partners',
      },
      beta,
      TODAY,
    );
    expect(feed).not.toContain('restore-drill');
  });

  it('is not listed without a recorded day, or once the runbook is no longer shared', async () => {
    const none = await fixtureModel(sharing(['alpha-bank'], {}));
    expect(clientChanges(none, 'alpha-bank', []).some((i) => i.kind === 'runbook')).toBe(false);
    const revoked = await fixtureModel(sharing([], { 'alpha-bank': '2026-11-09' }));
    expect(clientChanges(revoked, 'alpha-bank', []).some((i) => i.kind === 'runbook')).toBe(false);
  });
});

describe('checking share days', () => {
  it('passes a share day of a client the runbook is shared with', async () => {
    const model = await fixtureModel(sharing(['alpha-bank'], { 'alpha-bank': TODAY }));
    expect(checkRunbookSharing(model, TODAY)).toEqual([]);
  });

  it('names the file and field for an unknown client, an unshared client and a future day', async () => {
    const model = await fixtureModel(
      sharing(['alpha-bank'], {
        'alpha-bank': '2026-12-01',
        'beta-clinic': '2026-11-02',
        'gamma-trust': '2026-11-03',
      }),
    );
    const problems = checkRunbookSharing(model, TODAY);
    expect(problems.map((p) => [p.rule, p.file, p.path.join('.'), p.message])).toEqual([
      [
        'records/shared',
        FILE,
        'shared_since.alpha-bank',
        'the runbook cannot have been shared in the future',
      ],
      [
        'records/shared',
        FILE,
        'shared_since.beta-clinic',
        'the runbook is not shared with this client',
      ],
      [
        'records/shared',
        FILE,
        'shared_since.gamma-trust',
        'the runbook records a share with no such client',
      ],
    ]);
    expect(problems[0]).toMatchObject({ expected: `a day up to ${TODAY}`, found: '2026-12-01' });
  });

  it('rejects a share day not written YYYY-MM-DD, naming the field', async () => {
    const raw = await fixtureRaw();
    const data = {
      ...raw.runbooks.find((r) => r.file === FILE)!.data,
      shared_since: { 'alpha-bank': '9 Nov 2026' },
    };
    const result = runbookSchema.safeParse(data);
    expect(result.success).toBe(false);
    const problems = schemaProblems(FILE, data, result.error!, runbookSchema);
    expect(problems[0]).toMatchObject({
      file: FILE,
      path: ['shared_since', 'alpha-bank'],
      message: expect.stringContaining('YYYY-MM-DD'),
      found: '"9 Nov 2026"',
    });
  });
});
