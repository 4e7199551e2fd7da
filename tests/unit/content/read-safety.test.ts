import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeCause } from '../../../src/lib/content/crash.ts';
import { schemaProblems } from '../../../src/lib/content/read.ts';

describe('error messages never quote a secret or a parser message', () => {
  it('shows a secret found in a field with a schema error only masked', () => {
    const token = `ghp_${'Zq9x'.repeat(9)}`;
    const schema = z.strictObject({ industry: z.enum(['community-bank']) });
    const data = { industry: token };
    const result = schema.safeParse(data);
    if (result.success) throw new Error('expected a schema error');
    const [problem] = schemaProblems('clients/x/client.yaml', data, result.error, schema);
    expect(problem!.found).toMatch(/^ghp_\*+$/);
    expect(JSON.stringify(problem)).not.toContain('Zq9x');
  });

  it("describes an unexpected failure by its kind, not by its message", () => {
    const described = describeCause(new SyntaxError('Unexpected token in "AWS_SECRET=abc123"'));
    expect(described).toContain('SyntaxError');
    expect(described).not.toContain('abc123');
    expect(describeCause(Object.assign(new Error('x'), { code: 'EIO', syscall: 'read' }))).toBe(
      'EIO (read)',
    );
  });
});
