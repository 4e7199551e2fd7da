import { describe, expect, it } from 'vitest';
import { LONG_NAME, NameMatcher } from '../../../src/lib/audience/match.ts';
import { htmlText, normalise, normaliseLines } from '../../../src/lib/audience/normalise.ts';

const NAME = 'Prairie First Bank';
const compact = normalise(NAME).compact;

describe('normalise', () => {
  it('folds a name to letters and digits for long names', () => {
    expect(compact).toBe(normalise('prairie first bank').compact);
    expect(normalise('Prairie  First\tBank').spaced).toBe(normalise(NAME).spaced);
  });

  it.each([
    ['a line break', 'Prairie\nFirst Bank', 'text'],
    ['a non-breaking space', 'Prairie\u00a0First\u00a0Bank', 'text'],
    ['zero-width characters', 'Prai\u200brie Fi\u200crst Ba\u2060nk\ufeff', 'text'],
    ['a soft hyphen', 'Prai\u00adrie First Bank', 'text'],
    ['Markdown emphasis', 'Prairie *First* __Bank__', 'markdown'],
    ['HTML emphasis', 'Prairie <em>Fi</em>rst <strong>Bank</strong>', 'html'],
    ['character references', 'Prairie&#x20;First&nbsp;B&#97;nk', 'html'],
    ['percent-encoding', 'Prairie%20First%2520Bank', 'text'],
    ['script escapes', 'Prairie\\u0020First\\x20Bank', 'text'],
    ['Cyrillic look-alikes', 'Pr\u0430iri\u0435 First B\u0430nk', 'text'],
    ['Greek look-alikes', 'Prairie First \u0392ank', 'text'],
    ['full-width letters', '\uff30\uff52\uff41\uff49\uff52\uff49\uff45 First Bank', 'text'],
    ['mathematical letters', '\u{1d40f}rairie First Bank', 'text'],
    ['combining accents', 'Pra\u0301irie Fi\u0308rst Bank', 'text'],
    ['precomposed accents', 'Pr\u00e1irie F\u00efrst B\u00e2nk', 'text'],
    ['a ligature', 'Prairie \ufb01rst Bank', 'text'],
    ['upper case', 'PRAIRIE FIRST BANK', 'text'],
  ] as const)('sees through %s', (_what, text, kind) => {
    expect(normalise(text, kind).compact).toContain(compact);
  });

  it('keeps attribute values of HTML and drops tags', () => {
    const text = htmlText('<p class="x">Hi</p><img alt="Prairie" title="First Bank" src="/a.png">');
    expect(text).toContain('Prairie');
    expect(text).toContain('First Bank');
    expect(text).not.toContain('<p');
  });

  it('maps digits that look like letters the same way on both sides', () => {
    expect(normalise('0l').compact).toBe(normalise('Ol').compact);
  });
});

describe('normaliseLines', () => {
  it('gives the same forms as normalising the whole text, including names across lines', () => {
    const html =
      '<p>Prairie\n<em>First</em>\nBank</p>\n<img alt="Prairie\nFirst Bank" src="/x.png">';
    expect(normaliseLines(html, 'html').compact).toContain(compact);
    expect(normaliseLines('a\nb c', 'text')).toEqual(normalise('a\nb c'));
  });
});

describe('NameMatcher', () => {
  const matcher = new NameMatcher([
    { text: NAME, value: 'name' },
    { text: 'PFB', value: 'short' },
    { text: 'Acme', value: 'acme' },
    { text: '+1 402-555-0143', value: 'phone-as-written' },
    { text: '4025550143', value: 'phone' },
  ]);

  it('finds long names inside other text', () => {
    expect(matcher.find('see prairiefirstbank.example')).toEqual(new Set(['name']));
  });

  it('finds short names only as whole words', () => {
    expect(matcher.find('The PFB team')).toEqual(new Set(['short']));
    expect(matcher.find("Acme's portal")).toEqual(new Set(['acme']));
    expect(matcher.find('Acmeville and PFBX')).toEqual(new Set());
    expect(matcher.find('<b>P</b>FB', 'html')).toEqual(new Set(['short']));
  });

  it('finds a short name split by zero-width and other invisible characters', () => {
    expect(normalise('P\u200bF\u200dB\u2060').spaced).toBe('pfb');
    expect(matcher.find('The P\u200bF\ufeffB team')).toEqual(new Set(['short']));
  });

  it(`matches a name of ${LONG_NAME} letters inside words, and one of ${LONG_NAME - 1} only as a word`, () => {
    const sized = new NameMatcher([
      { text: 'Brave-Cat', value: 'eight' },
      { text: 'Redwood', value: 'seven' },
    ]);
    expect(normalise('Brave-Cat').compact).toHaveLength(LONG_NAME);
    expect(sized.find('bravecatholdings.example')).toEqual(new Set(['eight']));
    expect(sized.find('redwoodcity.example')).toEqual(new Set());
    expect(sized.find('the Redwood office')).toEqual(new Set(['seven']));
  });

  it('finds a phone number however it is grouped', () => {
    for (const written of ['(402) 555-0143', '402.555.0143', '402 555 0143', '4025550143'])
      expect(matcher.find(`call ${written}`).has('phone'), written).toBe(true);
  });
});

describe('whole-word tokens', () => {
  it('does not find an address inside a longer one', () => {
    const matcher = new NameMatcher([
      { text: '/runbooks/generated-procedure-1/', value: 'p1', whole: true },
      { text: 'alpha-bank', value: 'id', whole: true },
    ]);
    expect(matcher.find('<a href="/runbooks/generated-procedure-11/">x</a>', 'html')).toEqual(
      new Set(),
    );
    expect(matcher.find('see alphabanking')).toEqual(new Set());
    expect(matcher.find('<a href="/runbooks/generated-procedure-1/">x</a>', 'html')).toEqual(
      new Set(['p1']),
    );
    expect(matcher.find('Ask alpha\u200b-bank.')).toEqual(new Set(['id']));
  });
});
