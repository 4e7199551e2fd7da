import { describe, expect, it } from 'vitest';
import { bodyNeedsHeading } from '../../../src/lib/content/notes-heading.ts';

describe('the page heading above a body', () => {
  it('is left out when the body is empty or opens with its own heading', () => {
    expect(bodyNeedsHeading(undefined)).toBe(false);
    expect(bodyNeedsHeading('\n  \n')).toBe(false);
    expect(bodyNeedsHeading('\n## Context\n\nText.')).toBe(false);
    expect(bodyNeedsHeading("import X from './x';\n\n### Steps\n")).toBe(false);
  });

  it('is there when the body opens with text', () => {
    expect(bodyNeedsHeading('\nCall the client first.\n\n## More\n')).toBe(true);
  });
});
