import { describe, expect, it } from 'vitest';
import { findGlitches, visibleBlocks } from '../../helpers/glitches.ts';

const page = (main: string) => `<html><head><title>T · T</title></head><body><main>${main}</main></body></html>`;
const kinds = (main: string) => findGlitches(page(main)).map((g) => g.kind);

describe('typographic glitches in a rendered page', () => {
  it('reads text as it renders: line breaks between inline elements are spaces', () => {
    expect(visibleBlocks(page('<p>Paul Jessen\n, President</p><p>next</p>'))).toEqual([
      'Paul Jessen , President',
      'next',
    ]);
  });

  it('finds a space before punctuation, even across a link', () => {
    expect(kinds('<p>Paul Jessen\n, President</p>')).toEqual(['space-before-punctuation']);
    expect(kinds('<p><a href="/">FFIEC IS I.B\n</a>, NCUA</p>')).toEqual([
      'space-before-punctuation',
    ]);
    expect(kinds('<p>Bluestem Technology Partners\n’s ladder ends here .</p>')).toEqual([
      'space-before-punctuation',
    ]);
  });

  it('finds a word written twice in a row, whatever its case', () => {
    expect(kinds('<p>answers within Within the target</p>')).toEqual(['doubled-word']);
    expect(kinds('<ul><li>Notes</li><li>Notes</li></ul>')).toEqual([]);
    expect(kinds('<p>Backup Policy <span class="badge amber">Policy</span></p>')).toEqual([]);
  });

  it('finds ".;"', () => {
    expect(kinds('<p>hands it up.; answers within 15 minutes.</p>')).toEqual(['dot-semicolon']);
  });

  it('finds headings with nothing under them, and empty headings', () => {
    expect(kinds('<h2>Notes</h2><div class="prose">\n</div><h2>Services</h2><p>x</p>')).toEqual([
      'empty-heading',
    ]);
    expect(kinds('<h2></h2><p>x</p>')).toEqual(['empty-heading']);
    expect(kinds('<h2>Steps</h2><h3>First</h3><p>Do it.</p>')).toEqual([]);
    expect(kinds('<h2>Chart</h2><svg><text>1</text></svg>')).toEqual([]);
  });

  it('leaves well-formed text alone', () => {
    expect(
      kinds('<h1>Security report, October 2026</h1><p>97.9 % done; R · Internal IT: Jeff.</p>'),
    ).toEqual([]);
  });
});
