/** The Atom 1.0 rules (RFC 4287 §4.1) a feed must follow, as a list of problems. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ABSOLUTE = /^https:\/\/[^/\s]+\//;

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]) as Node[];

/** Problems with `xml` as an Atom 1.0 feed; empty when it follows the rules. */
export function atomProblems(xml: string): string[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg}`];
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
  const feed = doc.feed as Node | undefined;
  if (!feed) return ['no <feed> root'];
  const problems: string[] = [];
  if (feed['@xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('feed: wrong namespace');
  const checkCommon = (node: Node, where: string) => {
    for (const el of ['id', 'title', 'updated']) {
      if (list(node[el]).length !== 1 && typeof node[el] !== 'string')
        problems.push(`${where}: needs exactly one <${el}>`);
    }
    if (!ABSOLUTE.test(String(node.id))) problems.push(`${where}: id is not an absolute IRI`);
    if (!RFC3339.test(String(node.updated))) problems.push(`${where}: updated is not RFC 3339`);
    for (const link of list(node.link)) {
      if (!ABSOLUTE.test(String(link['@href']))) problems.push(`${where}: relative link`);
    }
  };
  checkCommon(feed, 'feed');
  if (!list(feed.link).some((l) => l['@rel'] === 'self')) problems.push('feed: no rel=self link');
  if (!feed.author) problems.push('feed: no author');
  const ids = new Set<string>();
  list(feed.entry).forEach((entry, i) => {
    checkCommon(entry, `entry ${i}`);
    if (!list(entry.link).some((l) => l['@rel'] === 'alternate'))
      problems.push(`entry ${i}: no alternate link (and no content)`);
    if (ids.has(String(entry.id))) problems.push(`entry ${i}: duplicate id`);
    ids.add(String(entry.id));
  });
  return problems;
}
