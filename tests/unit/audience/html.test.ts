import { describe, expect, it } from 'vitest';
import {
  clientTemplate,
  collapseWhitespace,
  elementIds,
  extractMasthead,
  internalLinks,
  markCurrent,
  MarkerError,
  removeMarkers,
  stripStaffBlocks,
  takeAudience,
  titleForClient,
} from '../../../src/lib/audience/html.ts';

const page = (body: string, section = 'services') =>
  `<html><head><meta name="tandem-audience" content="clients alpha beta"></head><body data-section="${section}"><header><!--tandem:masthead--><nav><a href="/" data-section="dashboard" aria-current="page">Dashboard</a><a href="/services/" data-section="services">Services</a></nav><!--/tandem:masthead--></header>${body}</body></html>`;

describe('takeAudience', () => {
  it('reads the declared audience and removes the declaration', () => {
    const { audience, html, declared } = takeAudience(page(''));
    expect(audience).toEqual({ kind: 'clients', ids: ['alpha', 'beta'] });
    expect(declared).toBe(true);
    expect(html).not.toContain('tandem-audience');
  });

  it('treats a page without a declaration as staff only', () => {
    expect(takeAudience('<html><body>x</body></html>')).toMatchObject({
      audience: { kind: 'staff' },
      declared: false,
    });
  });
});

describe('stripStaffBlocks', () => {
  it('removes every staff block and keeps the rest', () => {
    const html =
      'a<!--tandem:staff-->secret one<!--/tandem:staff-->b<!--tandem:staff-->secret two<!--/tandem:staff-->c';
    expect(stripStaffBlocks(html)).toBe('abc');
  });

  it('removes blocks at the very start and end, side by side, and across lines', () => {
    const staff = (inner: string) => `<!--tandem:staff-->${inner}<!--/tandem:staff-->`;
    const html = `${staff('<p>first</p>')}<main>\n<p>shared</p>\n${staff('<aside>\n<a href="/runbooks/x/">runbook</a>\n</aside>')}${staff('<p>next</p>')}\n</main>${staff('last')}`;
    expect(stripStaffBlocks(html)).toBe('<main>\n<p>shared</p>\n\n</main>');
  });

  it('leaves a page without staff blocks exactly as it was', () => {
    const html = page('<main><p>Everyone reads this.</p></main>');
    expect(stripStaffBlocks(html)).toBe(html);
  });

  it('refuses unclosed, nested and stray markers', () => {
    expect(() => stripStaffBlocks('a<!--tandem:staff-->b')).toThrow(MarkerError);
    expect(() =>
      stripStaffBlocks(
        '<!--tandem:staff-->a<!--tandem:staff-->b<!--/tandem:staff--><!--/tandem:staff-->',
      ),
    ).toThrow(/nested/);
    expect(() => stripStaffBlocks('a<!--/tandem:staff-->b')).toThrow(/no opening/);
  });
});

describe('masthead', () => {
  it("gives a client copy that client's masthead, with the page's section marked current", () => {
    const home =
      '<html><body data-section="overview"><header><!--tandem:masthead--><nav><a href="/clients/alpha/" data-section="overview" aria-current="page">Overview</a><a href="/clients/alpha/services/" data-section="services">Services</a></nav><!--/tandem:masthead--></header></body></html>';
    const template = clientTemplate(
      page('<main>x<!--tandem:staff-->staff<!--/tandem:staff--></main>'),
    );
    const html =
      template.before + markCurrent(extractMasthead(home), template.section) + template.after;
    expect(html).toContain(
      '<nav><a href="/clients/alpha/" data-section="overview">Overview</a><a href="/clients/alpha/services/" data-section="services" aria-current="page">Services</a></nav>',
    );
    expect(html).not.toContain('Dashboard');
    expect(html).not.toContain('staff');
    expect(html).not.toContain('tandem:');
  });

  it('refuses a page without a masthead', () => {
    expect(() => clientTemplate('<html><body></body></html>')).toThrow(MarkerError);
    expect(() => extractMasthead('<html><body></body></html>')).toThrow(MarkerError);
  });

  it('removeMarkers keeps content but drops every marker', () => {
    const html = removeMarkers(page('<!--tandem:staff-->kept for staff<!--/tandem:staff-->'));
    expect(html).toContain('kept for staff');
    expect(html).not.toContain('tandem:');
  });
});

describe('links and ids', () => {
  it('finds internal links (not external or protocol-relative) and decodes entities', () => {
    const html =
      '<a href="/a/?x=1&amp;y=2">a</a><a href="https://e.com/">e</a><a href="//cdn/x">c</a><img src="/i.svg" alt=""><a href="#top">t</a>';
    expect(internalLinks(html)).toEqual(['/a/?x=1&y=2', '/i.svg']);
    expect([...elementIds('<h2 id="one">1</h2><tr id="a-two">')]).toEqual(['one', 'a-two']);
  });
});

describe('collapseWhitespace', () => {
  it('drops indentation but keeps a line break between elements, and leaves <pre> alone', () => {
    const html =
      '<dl>\n    <dt>Owner</dt>\n    <dd>  IT  </dd>\n</dl>\n<pre>  a\n    b\n</pre><p>x   y</p>';
    expect(collapseWhitespace(html)).toBe(
      '<dl>\n<dt>Owner</dt>\n<dd>  IT  </dd>\n</dl>\n<pre>  a\n    b\n</pre><p>x   y</p>',
    );
  });
});

describe('a shared page’s title in a client’s folder', () => {
  it('carries the client’s name instead of the provider’s', () => {
    const head = '<head><title>Search · Bluestem Technology Partners</title></head>';
    expect(titleForClient(head, 'Riverbend & Co')).toBe(
      '<head><title>Search · Riverbend &amp; Co</title></head>',
    );
  });

  it('keeps only the last part as the name, and leaves a title without one alone', () => {
    expect(titleForClient('<title>Backup · Policies · Acme</title>', 'Beta')).toBe(
      '<title>Backup · Policies · Beta</title>',
    );
    expect(titleForClient('<title>Search</title>', 'Beta')).toBe('<title>Search</title>');
  });
});
