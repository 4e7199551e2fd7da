/**
 * Parses a page body into a Markdown syntax tree the way the site reads it, without
 * Astro: unified + remark-parse + remark-gfm, plus remark-mdx for `.mdx` files. The tree
 * keeps offsets into the body, so every finding can be placed in the file.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface BodySyntaxError {
  /** `html-comment` for `<!-- … -->` in MDX; `syntax` for anything else MDX rejects. */
  kind: 'html-comment' | 'syntax';
  message: string;
  /** Offset in the body. */
  offset: number;
}

export interface ParsedBody {
  /** The tree; absent when the body cannot be parsed at all. */
  tree?: Root;
  errors: BodySyntaxError[];
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const mdParser = unified().use(remarkParse).use(remarkGfm);

/** How many HTML comments to step over before giving up on a body. */
const MAX_COMMENTS = 50;

interface MdxMessage {
  message: string;
  reason?: string;
  place?: { offset?: number; line?: number; column?: number };
}

function offsetOf(body: string, err: MdxMessage): number {
  if (typeof err.place?.offset === 'number') return err.place.offset;
  const line = err.place?.line ?? 1;
  let offset = 0;
  for (let i = 1; i < line; i++) offset = body.indexOf('\n', offset) + 1;
  return offset + (err.place?.column ?? 1) - 1;
}

/** Blanks `<!-- … -->` starting at `start`, keeping line breaks so offsets stay true. */
function blankComment(body: string, start: number): string {
  const close = body.indexOf('-->', start);
  const end = close === -1 ? body.length : close + 3;
  return body.slice(0, start) + body.slice(start, end).replace(/[^\n]/g, ' ') + body.slice(end);
}

/** Parses `body`; `mdx` selects MDX syntax (`.mdx` files) over plain Markdown. */
export function parseBody(body: string, mdx: boolean): ParsedBody {
  if (!mdx) return { tree: mdParser.parse(body), errors: [] };
  const errors: BodySyntaxError[] = [];
  let text = body;
  for (let attempt = 0; attempt <= MAX_COMMENTS; attempt++) {
    try {
      const tree = mdxParser.parse(text);
      return { tree, errors: errors.sort((a, b) => a.offset - b.offset) };
    } catch (err) {
      const message = err as MdxMessage;
      if (typeof message?.message !== 'string') throw err;
      const offset = offsetOf(text, message);
      // MDX reports an HTML comment as a bad tag name at the `!`.
      const start = text.lastIndexOf('<!--', offset);
      if (start !== -1 && offset - start <= 1) {
        errors.push({
          kind: 'html-comment',
          message: 'an HTML comment is not allowed in MDX',
          offset: start,
        });
        text = blankComment(text, start);
        continue;
      }
      errors.push({
        kind: 'syntax',
        message: (message.reason ?? message.message).split('\n')[0]!,
        offset,
      });
      return { errors: errors.sort((a, b) => a.offset - b.offset) };
    }
  }
  return { errors };
}
