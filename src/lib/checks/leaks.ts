/**
 * Content a client reads must not name any other client. A provider-wide page that every
 * client sees and that mentions one client's name, contacts or contract tells every other
 * client who else the provider serves. The verify phase catches this in the built HTML;
 * this check points at the sentence in the source, before anything is rendered.
 */
import type { Audience } from '../audience/audience.ts';
import { MultiMatcher } from '../audience/scanner.ts';
import type { SourceFile } from '../content/read.ts';
import type { Model } from '../model/types.ts';
import { error, type FieldPath, type Problem } from '../problems.ts';
import { BODY, placed } from './located.ts';
import { describeAudience } from './links.ts';

/** A string that identifies a client, and which clients own it (a shared vendor contact). */
export interface Identifier {
  text: string;
  /** Lower-case form, for matching. */
  lower: string;
  what: string;
  client: string;
  owners: Set<string>;
}

/** Shorter strings match ordinary words too often to mean anything. */
const MIN_LENGTH = 4;

/** Every client's identifiers, and one matcher that finds any of them in a single pass. */
export interface ClientIdentifiers {
  list: Identifier[];
  matcher: MultiMatcher<Identifier>;
}

/** Names, contact names and emails, and contract references of every client. */
export function clientIdentifiers(model: Model): ClientIdentifiers {
  const byText = new Map<string, Identifier>();
  const add = (text: string, what: string, client: string) => {
    const lower = text.trim().toLowerCase();
    if (lower.length < MIN_LENGTH) return;
    const known = byText.get(lower);
    if (known) known.owners.add(client);
    else byText.set(lower, { text: text.trim(), lower, what, client, owners: new Set([client]) });
  };
  for (const client of model.clients) {
    const { data, id } = client;
    add(data.name, 'the name of client', id);
    add(data.contract.reference, 'the contract reference of client', id);
    for (const contact of data.contacts) {
      add(contact.name, 'a contact of client', id);
      add(contact.email, 'a contact email of client', id);
    }
  }
  const list = [...byText.values()];
  // Scanning each file once for all of them keeps the check linear in the content, not
  // in files × clients.
  return { list, matcher: new MultiMatcher(list.map((id) => ({ text: id.lower, value: id }))) };
}

function readers(audience: Audience, model: Model): string[] {
  if (audience.kind === 'staff') return [];
  if (audience.kind === 'all') return model.clients.map((c) => c.id);
  return [...audience.ids];
}

interface Span {
  path: FieldPath;
  text: string;
  /** Offset in the file of `text[0]`. */
  offset: number;
  /** Whether `text` is the file's text verbatim (so match offsets are exact). */
  verbatim: boolean;
}

function spans(source: SourceFile): Span[] {
  const out: Span[] = source.parsed.strings().map((s) => {
    const written = source.text.slice(s.offset, s.end);
    const verbatim = written === s.value;
    return { path: s.path, text: s.value, offset: s.offset, verbatim };
  });
  const { body, bodyOffset } = source.parsed;
  if (body !== undefined && bodyOffset !== undefined) {
    out.push({ path: BODY, text: body, offset: bodyOffset, verbatim: true });
  }
  return out;
}

/** Mentions of clients that some reader of `audience` is not. */
export function checkClientMentions(
  source: SourceFile,
  audience: Audience,
  model: Model,
  identifiers: ClientIdentifiers,
): Problem[] {
  const viewers = readers(audience, model);
  if (viewers.length === 0) return [];
  const problems: Problem[] = [];
  for (const span of spans(source)) {
    const found = identifiers.matcher.find(span.text);
    if (found.size === 0) continue;
    const lower = span.text.toLowerCase();
    for (const id of identifiers.list) {
      if (!found.has(id) || viewers.every((v) => id.owners.has(v))) continue;
      const at = lower.indexOf(id.lower);
      problems.push(
        placed(
          source,
          span.verbatim ? span.offset + at : span.offset,
          error(
            'leaks/client-name',
            source.file,
            span.path,
            `${id.what} ${id.client} appears in content read by ${describeAudience(audience)}`,
            {
              expected: `nothing of ${id.client} where other clients read (move it under clients/${id.client}/, or make it staff-only)`,
              found: `"${id.text}"`,
            },
          ),
        ),
      );
    }
  }
  return problems;
}
