import { describe, expect, it } from 'vitest';
import { ALL, clients, STAFF } from '../../../src/lib/audience/audience.ts';
import { checkClientMentions, clientIdentifiers } from '../../../src/lib/checks/leaks.ts';
import { fixtureModel } from '../helpers/fixture.ts';
import { page, sourceFrom } from './helpers.ts';

async function mentions(text: string, audience = ALL, file = 'policies/p.mdx') {
  const model = await fixtureModel();
  return checkClientMentions(
    sourceFrom('policies', file, text),
    audience,
    model,
    clientIdentifiers(model),
  );
}

describe('client names where other clients read', () => {
  it('finds a client name in a shared body, case-insensitively, at its position', async () => {
    const found = await mentions(page('Intro.\n\nOur work for ALPHA canary bank began in 2025.'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'leaks/client-name',
      path: ['body'],
      line: 6,
      column: 14,
    });
  });

  it('finds names, contacts, emails and contract references in front matter fields', async () => {
    const front = "title: For Ben Betatech\nsummary: 'Under MSA-BETA-1, write to ben@beta.test'";
    const found = await mentions(page('Body.', front));
    expect(found.map((p) => [p.path.join('.'), p.found])).toEqual([
      ['title', '"Ben Betatech"'],
      ['summary', '"MSA-BETA-1"'],
      ['summary', '"ben@beta.test"'],
      ['summary', '"beta.test"'],
    ]);
  });

  it.each([
    ['a line break', 'Beta Canary\nClinic'],
    ['emphasis', 'Beta *Canary* Clinic'],
    ['a zero-width space', 'Beta Ca\u200bnary Clinic'],
    ['a non-breaking space', 'Beta\u00a0Canary Clinic'],
    ['Cyrillic look-alikes', 'B\u0435ta C\u0430nary Clinic'],
    ['full-width letters', '\uff22\uff45\uff54\uff41 Canary Clinic'],
    ['percent-encoding', '[site](https://x.example/Beta%20Canary%20Clinic)'],
    ['an image title', '![logo](/logo.png "Beta Canary Clinic")'],
    ['the id', 'Ask beta-clinic about it.'],
    ['a phone number written differently', 'Call (402) 555.0301 today.'],
  ])('finds a name written with %s', async (_what, body) => {
    const found = await mentions(page(`Intro.\n\n${body}`));
    expect(found.length, body).toBeGreaterThan(0);
    expect(found[0]!.rule).toBe('leaks/client-name');
  });

  it('allows a client its own names, and staff-only pages anything', async () => {
    const text = page('Alpha Canary Bank and Beta Canary Clinic.');
    expect((await mentions(text, clients('alpha-bank'))).map((p) => p.found)).toEqual([
      '"Beta Canary Clinic"',
    ]);
    expect(await mentions(text, STAFF)).toEqual([]);
  });

  it('allows a contact every reader shares', async () => {
    const model = await fixtureModel((raw) => {
      const vic = raw.clients[0]!.data.contacts.find((c) => c.id === 'vic-vendor')!;
      raw.clients[1]!.data.contacts.push({ ...vic });
    });
    const source = sourceFrom(
      'policies',
      'policies/p.mdx',
      page('Vic Corevendor patches both cores.'),
    );
    expect(checkClientMentions(source, ALL, model, clientIdentifiers(model))).toEqual([]);
  });
});
