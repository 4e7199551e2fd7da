/**
 * "What changed" and its Atom feeds, checked against the Atom 1.0 rules (RFC 4287 §4.1):
 * feed and every entry carry exactly one id, title and updated; ids are absolute IRIs;
 * dates are RFC 3339; links are absolute; a feed has an author; no other client's data.
 */
import { describe, expect, it } from 'vitest';
import { atomFeed, xmlEscape } from '../../../src/lib/records/atom.ts';
import { audienceOrigin } from '../../../src/lib/site-url.ts';
import {
  changesBetween,
  changesSince,
  clientChanges,
  type ChangeItem,
} from '../../../src/lib/records/changes.ts';
import { atomProblems } from '../helpers/atom.ts';
import { fixtureModel, TODAY } from '../helpers/fixture.ts';

const info = {
  base: 'https://alpha-bank.portal.example',
  self: '/clients/alpha-bank/feed.xml',
  page: '/clients/alpha-bank/changes/',
  title: 'What changed for Alpha & Co',
  author: 'Fixture Partners',
};

describe('the Atom feed', () => {
  it('follows the Atom 1.0 rules, with absolute links and escaped text', async () => {
    const model = await fixtureModel();
    const items = clientChanges(model, 'alpha-bank', []);
    expect(items.length).toBeGreaterThan(2);
    const xml = atomFeed(info, items, TODAY);
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).toContain('What changed for Alpha &amp; Co');
    expect(xml).toContain('href="https://alpha-bank.portal.example/clients/alpha-bank/reports/');
  });

  it('is still valid with no entries, and the rules catch a broken feed', () => {
    expect(atomProblems(atomFeed(info, [], TODAY))).toEqual([]);
    const broken = atomFeed({ ...info, base: '' }, [], TODAY).replace(/<updated>.*<\/updated>/, '');
    expect(atomProblems(broken)).toEqual(
      expect.arrayContaining([
        'feed: needs exactly one <updated>',
        'feed: id is not an absolute IRI',
        'feed: relative link',
      ]),
    );
  });

  it('holds nothing of another client', async () => {
    const model = await fixtureModel();
    const xml = atomFeed(info, clientChanges(model, 'alpha-bank', []), TODAY);
    for (const other of model.clients.filter((c) => c.id !== 'alpha-bank')) {
      expect(xml).not.toContain(other.id);
      expect(xml).not.toContain(other.data.name);
    }
  });

  it('fills the audience into the base URL and escapes XML', () => {
    expect(audienceOrigin('https://portal.example', 'staff')).toBe('https://staff.portal.example');
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});

describe('what changed for a client', () => {
  it('dates reports, corrections, matrix versions, policy versions and services, newest first', async () => {
    const model = await fixtureModel();
    const items = clientChanges(model, 'alpha-bank', [
      {
        number: 2,
        matrix_version: '1.2',
        effective: '2026-11-01',
        published: '2026-11-02',
        event: 'published',
        summary: 'A row changed.',
        sha256: 'a'.repeat(64),
      },
    ]);
    const kinds = new Set(items.map((i) => i.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['report', 'matrix', 'policy', 'service']));
    expect(items.find((i) => i.kind === 'matrix')).toMatchObject({
      path: '/clients/alpha-bank/matrix/versions/2/#changes',
    });
    const dates = items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('starts "since" on the first day of last month and keeps nothing from the future', () => {
    expect(changesSince('2026-11-26')).toBe('2026-10-01');
    expect(changesSince('2026-01-05')).toBe('2025-12-01');
    const item = (date: string): ChangeItem => ({
      id: date,
      date,
      kind: 'report',
      title: 't',
      summary: 's',
      path: '/',
    });
    const items = ['2026-12-01', '2026-10-15', '2026-09-30'].map(item);
    expect(changesBetween(items, '2026-10-01', '2026-11-26').map((i) => i.date)).toEqual([
      '2026-10-15',
    ]);
  });
});
