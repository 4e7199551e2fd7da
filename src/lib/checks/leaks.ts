/**
 * Content a client reads must not name any other client. A provider-wide page that every
 * client sees and that mentions one client's name, contacts or contract tells every other
 * client who else the provider serves. The verify phase catches this in the built HTML;
 * this check points at the sentence in the source, before anything is rendered.
 */
import type { Audience } from '../audience/audience.ts';
import { canaryMatcher, clientIdentities, type Canary } from '../audience/canaries.ts';
import type { NameMatcher } from '../audience/match.ts';
import { normalise, type TextKind } from '../audience/normalise.ts';
import type { SourceFile } from '../content/read.ts';
import type { Model } from '../model/types.ts';
import { error, type FieldPath, type Problem } from '../problems.ts';
import { BODY, placed } from './located.ts';
import { describeAudience } from './links.ts';

/** Every client's identities (canaries.ts), and one matcher that finds any of them. */
export interface ClientIdentifiers {
  list: Canary[];
  matcher: NameMatcher<Canary>;
  /** Client ids in compact normal form: a field that holds only one is a reference. */
  ids: Set<string>;
}

/** Names, aliases, ids, domains, contacts and contract references of every client. */
export function clientIdentifiers(model: Model): ClientIdentifiers {
  const list = clientIdentities(model);
  // Scanning each file once for all of them keeps the check linear in the content, not
  // in files × clients.
  return {
    list,
    matcher: canaryMatcher(list),
    ids: new Set(model.clients.map((c) => normalise(c.id).compact)),
  };
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
  /** Whether `text` is the file's text verbatim (so line offsets are exact). */
  verbatim: boolean;
  kind: TextKind;
}

function spans(source: SourceFile): Span[] {
  const out: Span[] = source.parsed.strings().map((s) => {
    const written = source.text.slice(s.offset, s.end);
    const verbatim = written === s.value;
    return { path: s.path, text: s.value, offset: s.offset, verbatim, kind: 'text' as const };
  });
  const { body, bodyOffset } = source.parsed;
  if (body !== undefined && bodyOffset !== undefined) {
    out.push({ path: BODY, text: body, offset: bodyOffset, verbatim: true, kind: 'markdown' });
  }
  return out;
}

/**
 * Offset in `span.text` of where `identity` is: the first line it is found on (at the
 * name itself when written plainly there), else the start of the span.
 */
function offsetOf(span: Span, identity: Canary, matcher: NameMatcher<Canary>): number {
  if (!span.verbatim) return 0;
  let offset = 0;
  for (const line of span.text.split('\n')) {
    if (matcher.find(line, span.kind).has(identity))
      return offset + Math.max(0, line.toLowerCase().indexOf(identity.text.toLowerCase()));
    offset += line.length + 1;
  }
  return 0;
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
    // A field that holds just a client id (`client: alpha-bank`, `shared_with`) is a
    // reference, not text a reader sees; verify checks what the pages make of it.
    const forms = normalise(span.text, span.kind);
    if (span.kind === 'text' && identifiers.ids.has(forms.compact)) continue;
    const found = identifiers.matcher.findIn(forms);
    for (const id of found) {
      if (viewers.every((v) => id.allowed.has(v))) continue;
      const owner = [...id.allowed][0]!;
      problems.push(
        placed(
          source,
          span.offset + offsetOf(span, id, identifiers.matcher),
          error(
            'leaks/client-name',
            source.file,
            span.path,
            `${id.what} appears in content read by ${describeAudience(audience)}`,
            {
              expected: `nothing of ${owner} where other clients read (move it under clients/${owner}/, or make it staff-only)`,
              found: `"${id.text}"`,
            },
          ),
        ),
      );
    }
  }
  return problems;
}
