import { describe, expect, it } from 'vitest';
import { canaries, mayAppearIn, phoneForms } from '../../../src/lib/audience/canaries.ts';
import type { Model } from '../../../src/lib/model/types.ts';
import { fixtureModel } from '../helpers/fixture.ts';

/** The canaries the build refuses in `viewer`'s folder (verify.ts reports a match of these). */
function forbiddenFor(model: Model, viewer: string) {
  return canaries(model).filter((c) => !mayAppearIn(c, viewer));
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

  it('forbids nothing in the staff folder', async () => {
    const model = await fixtureModel();
    expect(canaries(model).length).toBeGreaterThan(20);
    expect(forbiddenFor(model, 'staff')).toEqual([]);
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

describe('client identities', () => {
  it('include the id, aliases, domains, phone numbers and own email domains', async () => {
    const model = await fixtureModel((raw) => {
      const beta = raw.clients.find((c) => c.id === 'beta-clinic')!;
      beta.data.aliases = ['BCC'];
      beta.data.domains = ['betaclinic.example'];
    });
    const texts = forbiddenFor(model, 'alpha-bank').map((c) => c.text);
    expect(texts).toEqual(
      expect.arrayContaining(['beta-clinic', 'BCC', 'betaclinic.example', 'beta.test']),
    );
    const beta = model.clients.find((c) => c.id === 'beta-clinic')!;
    expect(texts).toEqual(expect.arrayContaining(phoneForms(beta.data.contacts[0]!.phone)));
  });

  it('reduce a phone number to its ten national digits', () => {
    expect(phoneForms('+1 (402) 555-0143')).toEqual(['4025550143']);
    expect(phoneForms('402.555.0143')).toEqual(['4025550143']);
    expect(phoneForms('12')).toEqual([]);
  });
});
