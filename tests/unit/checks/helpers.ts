/** Builds the inputs of source-level checks from text, for unit tests. */
import type { Root } from 'mdast';
import { parseBody } from '../../../src/lib/content/body.ts';
import type { CollectionName } from '../../../src/lib/content/layout.ts';
import { parseMdxFile, parseYamlFile } from '../../../src/lib/content/parse.ts';
import type { SourceFile } from '../../../src/lib/content/read.ts';

/** A source file as the reader would produce it. */
export function sourceFrom(
  collection: CollectionName,
  file: string,
  text: string,
  id = file.replace(/^.*\//, '').replace(/\.\w+$/, ''),
): SourceFile {
  const parsed = file.endsWith('.yaml') ? parseYamlFile(text) : parseMdxFile(text);
  return { collection, id, file, text, parsed };
}

/** The body tree of a source (fails the test when the body does not parse). */
export function treeOf(source: SourceFile): Root {
  const { tree, errors } = parseBody(source.parsed.body ?? '', source.file.endsWith('.mdx'));
  if (!tree) throw new Error(`body does not parse: ${JSON.stringify(errors)}`);
  return tree;
}

/** A page with minimal front matter and `body`. */
export function page(body: string, front = 'title: T'): string {
  return `---\n${front}\n---\n${body}`;
}
