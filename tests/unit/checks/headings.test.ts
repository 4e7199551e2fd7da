import { describe, expect, it } from 'vitest';
import { headingIds } from '../../../src/lib/checks/headings.ts';
import { parseBody } from '../../../src/lib/content/body.ts';

const ids = (markdown: string) => headingIds(parseBody(markdown, true).tree!);

describe('headingIds (the ids Astro gives body headings)', () => {
  it('slugs the text of each heading the way GitHub does', () => {
    expect(ids('# Purpose\n\n## Who does what?\n\n### Step 2: Restore & verify\n')).toEqual([
      'purpose',
      'who-does-what',
      'step-2-restore--verify',
    ]);
  });

  it('numbers repeated headings', () => {
    expect(ids('## Notes\n\n## Notes\n\n## Notes\n')).toEqual(['notes', 'notes-1', 'notes-2']);
  });

  it('uses the text a reader sees: code and link text, not markup', () => {
    expect(ids('## Run `restic check` on [the server](/x/)\n')).toEqual([
      'run-restic-check-on-the-server',
    ]);
  });

  it('keeps letters outside ASCII and drops punctuation', () => {
    expect(ids('## Überprüfung — Schritt 1\n')).toEqual(['überprüfung--schritt-1']);
  });

  it('finds headings inside a Callout', () => {
    expect(ids('<Callout>\n\n## Inside\n\n</Callout>\n')).toEqual(['inside']);
  });
});
