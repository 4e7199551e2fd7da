import { describe, expect, it } from 'vitest';
import { canaries, spellings } from '../../../src/lib/audience/canaries.ts';
import type { Model } from '../../../src/lib/model/types.ts';
import { fixtureModel } from '../helpers/fixture.ts';

/** The canaries the build scans `viewer`'s folder for, as the pipeline selects them. */
function forbiddenFor(model: Model, viewer: string) {
  return canaries(model).filter((c) => !c.allowed.has(viewer));
}

describe("the canaries a client's folder is scanned for", () => {
  it("lists every other client's identity, staff-only paths and drafts", async () => {
    const model = await fixtureModel();
    const texts = forbiddenFor(model, 'alpha-bank').map((c) => c.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Beta Canary Clinic',
        '/clients/beta-clinic/',
        'MSA-BETA-1',
        'Ben Betatech',
        'ben@beta.test',
        '/runbooks/credential-rotation/',
        '/policies/technician-credentials/',
        '/clients/alpha-bank/reports/2026-10/',
        'Fixture headline for alpha-bank in 2026-10.',
      ]),
    );
    expect(texts).not.toContain('Alpha Canary Bank');
    expect(texts).not.toContain('/runbooks/restore-drill/');
  });

  it('lets a page shared with a client carry its address there, and nowhere else', async () => {
    const model = await fixtureModel();
    const drill = canaries(model).find((c) => c.text === '/runbooks/restore-drill/')!;
    expect([...drill.allowed]).toEqual(['alpha-bank']);
    const shared = canaries(model).find((c) => c.text === '/policies/security-policy/')!;
    expect([...shared.allowed].sort()).toEqual(['alpha-bank', 'beta-clinic']);
  });

  it('does not forbid a contact both clients share', async () => {
    const model = await fixtureModel((raw) => {
      const beta = raw.clients.find((c) => c.id === 'beta-clinic')!;
      beta.data.contacts.push({
        ...raw.clients.find((c) => c.id === 'alpha-bank')!.data.contacts[1]!,
      });
    });
    expect(forbiddenFor(model, 'alpha-bank').map((c) => c.text)).not.toContain('Vic Corevendor');
  });
});

describe('spellings', () => {
  it('covers how a name is written in built pages and search files', () => {
    const forms = spellings('Smith & O\'Neil "Trust"');
    expect(forms).toEqual(
      expect.arrayContaining([
        'Smith & O\'Neil "Trust"',
        'Smith &amp; O&#39;Neil &quot;Trust&quot;',
        'Smith &amp; O&#x27;Neil &quot;Trust&quot;',
        'Smith &amp; O’Neil &quot;Trust&quot;',
        'Smith & O\'Neil \\"Trust\\"',
      ]),
    );
  });
});
