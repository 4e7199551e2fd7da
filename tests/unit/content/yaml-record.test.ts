import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseYamlRecord } from '../../../src/lib/content/yaml-record.ts';

const schema = z.strictObject({ version: z.literal(1), items: z.array(z.string()).default([]) });
const read = (text: string, expected?: string) =>
  parseYamlRecord(text, schema, 'records/x.yaml', 'records/x', 'record', expected);

describe('parseYamlRecord', () => {
  it('gives the checked data of a valid file', () => {
    expect(read('version: 1\nitems: [a, b]\n')).toMatchObject({
      data: { version: 1, items: ['a', 'b'] },
      problems: [],
    });
  });

  it('reports a syntax error under the rule, with the file, the line and what it expected', () => {
    const { data, problems } = read('version: 1\nitems: [a, b\n', 'valid YAML');
    expect(data).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({
      severity: 'error',
      rule: 'records/x',
      file: 'records/x.yaml',
      path: [],
      expected: 'valid YAML',
    });
    expect(problems[0]!.message).toMatch(/^cannot parse the record: /);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('reports a field that breaks the schema under the rule, at its line', () => {
    const { data, problems, locate } = read('version: 1\nitems:\n  - a\n  - 7\n');
    expect(data).toBeUndefined();
    expect(problems).toMatchObject([
      { rule: 'records/x', file: 'records/x.yaml', path: ['items', 1], line: 4 },
    ]);
    expect(locate(['version'])).toMatchObject({ line: 1 });
  });

  it('checks an empty file as an empty record', () => {
    expect(read('').problems).toMatchObject([{ rule: 'records/x', path: ['version'] }]);
  });
});
