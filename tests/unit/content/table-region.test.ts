import { describe, expect, it } from 'vitest';
import { tableLabel } from '../../../src/lib/content/table-region.ts';

describe('the name of a Markdown table’s scroll region', () => {
  it('is its caption when it has one', () => {
    expect(tableLabel('<caption> Open <em>findings</em> </caption><tr><th>A</th></tr>')).toBe(
      'Open findings',
    );
  });

  it('is its first row’s column headings otherwise, as plain text', () => {
    const html =
      '<thead><tr><th>Metric</th><th align="right">Target &amp; <code>goal</code></th></tr></thead><tbody><tr><th>Row</th></tr></tbody>';
    expect(tableLabel(html)).toBe('Table: Metric, Target & goal');
  });

  it('is "Table" when there is nothing better', () => {
    expect(tableLabel('<tbody><tr><td>1</td></tr></tbody>')).toBe('Table');
  });
});
