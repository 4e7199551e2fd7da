/** A YAML record file (a ledger, a client's acknowledgements) read against its schema. */
import type { z } from 'astro/zod';
import type { FieldPath, Problem } from '../problems.ts';
import { parseYamlFile, syntaxProblems, type Position } from './parse.ts';
import { schemaProblems } from './read.ts';

/** What reading a record file gives: its data when valid, else problems. */
export interface YamlRecord<T> {
  /** The checked data; undefined when the file has a syntax error or breaks the schema. */
  data?: T;
  problems: Problem[];
  /** Where a field is written in the file. */
  locate: (path: FieldPath) => Position | undefined;
}

/**
 * `text`, the content of `file`, parsed as YAML (an empty file as `{}`) and checked against
 * `schema`. A syntax error reads "cannot parse the <what>: …"; every problem is reported
 * under `rule` with its line and column.
 */
export function parseYamlRecord<T>(
  text: string,
  schema: z.ZodType<T>,
  file: string,
  rule: string,
  what: string,
  /** The `expected` of a syntax error, when there is one to say. */
  syntaxExpected?: string,
): YamlRecord<T> {
  const parsed = parseYamlFile(text);
  const locate = parsed.locate;
  if (parsed.syntaxErrors.length) {
    return { problems: syntaxProblems(parsed, file, `the ${what}`, rule, syntaxExpected), locate };
  }
  const result = schema.safeParse(parsed.data ?? {});
  if (!result.success) {
    const problems = schemaProblems(file, parsed.data, result.error).map((p) => ({
      ...p,
      rule,
      ...locate(p.path),
    }));
    return { problems, locate };
  }
  return { data: result.data, problems: [], locate };
}
