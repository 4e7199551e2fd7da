/**
 * Acknowledgements against the documents they name: each must name an existing version,
 * be given by one of the client's contacts, and be dated between the version's first day
 * and today. Its status is current while the document's hash is still the one acknowledged.
 */
import type { Client } from '../../schemas/index.ts';
import type { Entry } from '../model/types.ts';
import { error, type Problem } from '../problems.ts';
import { acknowledgementsFile, type Acknowledgement } from './ack-schema.ts';
import type { AckDocument } from './documents.ts';

/** The rule id of acknowledgement problems. */
export const ACK_RULE = 'records/ack';

/** Problems with acknowledgement `ack` (at index `i` of the client's file). */
export function ackProblems(
  client: Entry<Client>,
  docs: readonly AckDocument[],
  ack: Acknowledgement,
  i: number,
  today: string,
): Problem[] {
  const file = acknowledgementsFile(client.id);
  const at = (field: string) => ['acknowledgements', i, field];
  const problems: Problem[] = [];
  const doc = docs.find((d) => d.key === ack.doc);
  const version = doc?.versions.find((v) => v.version === ack.version);
  if (!doc) {
    problems.push(
      error(ACK_RULE, file, at('doc'), 'acknowledges a document that does not exist', {
        expected: `one of ${docs.map((d) => d.key).join(', ') || 'no documents yet'}`,
        found: ack.doc,
      }),
    );
  } else if (!version) {
    problems.push(
      error(
        ACK_RULE,
        file,
        at('version'),
        `acknowledges a version of ${ack.doc} that does not exist`,
        {
          expected: `one of ${doc.versions.map((v) => v.version).join(', ')}`,
          found: ack.version,
        },
      ),
    );
  } else if (ack.date < version.since) {
    problems.push(
      error(ACK_RULE, file, at('date'), 'dated before the acknowledged version existed', {
        expected: `${version.since} or later`,
        found: ack.date,
      }),
    );
  }
  if (ack.date > today) {
    problems.push(
      error(ACK_RULE, file, at('date'), 'an acknowledgement dated in the future', {
        expected: `${today} or earlier`,
        found: ack.date,
      }),
    );
  }
  if (!client.data.contacts.some((c) => c.id === ack.by)) {
    problems.push(
      error(
        ACK_RULE,
        file,
        at('by'),
        `acknowledged by someone who is not a contact of ${client.id}`,
        {
          expected: `one of ${client.data.contacts.map((c) => c.id).join(', ')}`,
          found: ack.by,
        },
      ),
    );
  }
  return problems;
}

/** Where a document stands with the client. */
export type AckState =
  | { state: 'current'; ack: Acknowledgement }
  | { state: 'changed'; ack: Acknowledgement }
  | { state: 'waiting' };

/** The status of `doc`: its newest acknowledgement, current while the hash still matches. */
export function ackState(doc: AckDocument, acks: readonly Acknowledgement[]): AckState {
  const mine = acks.filter((a) => a.doc === doc.key).sort((a, b) => a.date.localeCompare(b.date));
  const last = mine.at(-1);
  if (!last) return { state: 'waiting' };
  const current = doc.versions.at(-1)!;
  return last.sha256 === current.sha256
    ? { state: 'current', ack: last }
    : { state: 'changed', ack: last };
}
