/**
 * Small, exact edits to a report's front matter for `report:publish`: set a top-level
 * field, append a correction. Everything else in the file keeps its bytes, so the diff a
 * reviewer sees is only what publishing changed.
 */
import { Document, isScalar, visit } from 'yaml';
import type { Report } from '../../schemas/index.ts';

type Correction = Report['corrections'][number];

interface Split {
  front: string;
  body: string;
}

function split(text: string): Split {
  const match = /^---\r?\n([\s\S]*?\r?\n)---(\r?\n|$)/.exec(text);
  if (!match) throw new Error('the file has no front matter between --- lines');
  return { front: match[1]!, body: text.slice(match[0].length - match[2]!.length - 3) };
}

function join({ front, body }: Split): string {
  return `---\n${front}${body}`;
}

/** The text with top-level `key: value` set: replaced in place, or inserted after `after`'s line. */
export function setField(text: string, key: string, value: string, after: string): string {
  const parts = split(text);
  const line = new RegExp(`^${key}:.*$`, 'm');
  if (line.test(parts.front)) {
    return join({ ...parts, front: parts.front.replace(line, `${key}: ${value}`) });
  }
  const anchor = new RegExp(`^${after}:.*\\r?\\n`, 'm').exec(parts.front);
  const at = anchor ? anchor.index + anchor[0].length : parts.front.length;
  const front = `${parts.front.slice(0, at)}${key}: ${value}\n${parts.front.slice(at)}`;
  return join({ ...parts, front });
}

function correctionItem(correction: Correction): string {
  const doc = new Document([correction]);
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'reason' && isScalar(pair.value)) {
        pair.value.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return doc
    .toString({ lineWidth: 100 })
    .split('\n')
    .filter(Boolean)
    .map((l) => `  ${l}\n`)
    .join('');
}

/** The text with `correction` appended to the top-level `corrections` list. */
export function appendCorrection(text: string, correction: Correction): string {
  const parts = split(text);
  const item = correctionItem(correction);
  const empty = /^corrections:\s*\[\]\s*\r?\n/m.exec(parts.front);
  if (empty) {
    const front = parts.front.replace(empty[0], `corrections:\n${item}`);
    return join({ ...parts, front });
  }
  const block = /^corrections:\s*\r?\n((?:[ \t-].*\r?\n|\r?\n)*)/m.exec(parts.front);
  if (block) {
    const end = block.index + block[0].length;
    return join({
      ...parts,
      front: `${parts.front.slice(0, end)}${item}${parts.front.slice(end)}`,
    });
  }
  return join({ ...parts, front: `${parts.front}corrections:\n${item}` });
}
