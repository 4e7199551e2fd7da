/**
 * The rules a record, an exception or a decision must keep: approved by the institution,
 * dated possibly, pointing at the client's own controls, attachments unchanged. Run by
 * `npm run check`, by the site build and again when attachments are copied.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { InstitutionApproval } from '../../schemas/index.ts';
import type { Entry, Model } from '../model/types.ts';
import type { Client } from '../../schemas/index.ts';
import { error, type FieldPath, type Problem } from '../problems.ts';
import type { Assurance, ClientAssurance, EvidenceRecord } from './assurance.ts';

/** The SHA-256 of a file's bytes, lowercase hex. */
export async function sha256File(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

function approverProblems(
  client: Entry<Client>,
  approval: InstitutionApproval,
  file: string,
  path: FieldPath,
  today: string,
): Problem[] {
  const problems: Problem[] = [];
  const contact = client.data.contacts.find((c) => c.id === approval.contact);
  if (!contact || contact.organization) {
    problems.push(
      error(
        'evidence/approver',
        file,
        [...path, 'contact'],
        contact
          ? `"${approval.contact}" works for ${contact.organization}, not for ${client.data.name}`
          : `"${approval.contact}" is not a contact of ${client.data.name}`,
        {
          expected: `a contact of the institution: ${client.data.contacts
            .filter((c) => !c.organization)
            .map((c) => c.id)
            .join(', ')}`,
          found: `"${approval.contact}"`,
        },
      ),
    );
  }
  if (approval.date > today) {
    problems.push(
      error('evidence/dates', file, [...path, 'date'], 'approved on a day that has not come yet', {
        expected: `a day on or before ${today}`,
        found: approval.date,
      }),
    );
  }
  return problems;
}

function controlProblems(
  model: Model,
  client: Entry<Client>,
  controls: readonly string[],
  file: string,
  path: FieldPath,
): Problem[] {
  return controls.flatMap((ref, i) => {
    const framework = ref.split(':')[0]!;
    if (model.controlsByRef.has(ref) && client.data.frameworks.includes(framework)) return [];
    return [
      error(
        'evidence/controls',
        file,
        [...path, i],
        model.controlsByRef.has(ref)
          ? `${client.data.name} is not held to ${framework}, so "${ref}" is not one of its controls`
          : `no control "${ref}"`,
        {
          expected: `a control of ${client.data.frameworks.join(', ')}`,
          found: `"${ref}"`,
        },
      ),
    ];
  });
}

function recordProblems(
  model: Model,
  client: Entry<Client>,
  record: EvidenceRecord,
  today: string,
): Problem[] {
  const { data, file } = record;
  const problems = [
    ...approverProblems(client, data.approved_by, file, ['approved_by'], today),
    ...controlProblems(model, client, data.controls, file, ['controls']),
  ];
  const people = new Set([...model.staff.keys(), ...client.data.contacts.map((c) => c.id)]);
  if (!people.has(data.performed_by)) {
    problems.push(
      error(
        'evidence/performer',
        file,
        ['performed_by'],
        `"${data.performed_by}" is neither provider staff nor a contact of ${client.data.name}`,
        {
          expected: 'a provider staff id or a client contact id',
          found: `"${data.performed_by}"`,
        },
      ),
    );
  }
  if (data.period.start > data.period.end) {
    problems.push(
      error('evidence/dates', file, ['period', 'start'], 'the period starts after it ends', {
        expected: `a day on or before ${data.period.end}`,
        found: data.period.start,
      }),
    );
  }
  if (data.period.end > today) {
    problems.push(
      error('evidence/dates', file, ['period', 'end'], 'the period ends in the future', {
        expected: `a day on or before ${today}`,
        found: data.period.end,
      }),
    );
  } else if (data.period.end > data.approved_by.date) {
    problems.push(
      error(
        'evidence/dates',
        file,
        ['period', 'end'],
        'the period ends after the day it was approved',
        {
          expected: `a day on or before approved_by.date (${data.approved_by.date})`,
          found: data.period.end,
        },
      ),
    );
  }
  return problems;
}

/** Problems with attachments: missing, or bytes that no longer match the recorded SHA-256. */
export async function checkAttachments(root: string, assurance: Assurance): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const { records } of assurance.values()) {
    for (const record of records) {
      const expected = record.data.attachment?.sha256;
      if (!record.attachmentFile || !expected) continue;
      let actual: string;
      try {
        actual = await sha256File(`${root}/${record.attachmentFile}`);
      } catch {
        problems.push(
          error(
            'evidence/attachment',
            record.file,
            ['attachment', 'file'],
            `the attachment ${record.attachmentFile} does not exist`,
            {
              expected: 'a file beside the record',
              found: 'nothing',
            },
          ),
        );
        continue;
      }
      if (actual !== expected) {
        problems.push(
          error(
            'evidence/attachment',
            record.file,
            ['attachment', 'sha256'],
            `${record.attachmentFile} has changed since it was recorded`,
            {
              expected,
              found: actual,
            },
          ),
        );
      }
    }
  }
  return problems;
}

/** Every data problem in `assurance` against the model, judged on `today`. */
export function checkAssurance(model: Model, assurance: Assurance, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const [id, signed] of assurance) {
    const client = model.clientsById.get(id);
    if (!client) {
      const file =
        signed.records[0]?.file ??
        signed.exceptions[0]?.file ??
        signed.decisions[0]?.file ??
        `clients/${id}`;
      problems.push(
        error(
          'evidence/client',
          file,
          [],
          `"${id}" is not a client (no clients/${id}/client.yaml)`,
          {
            expected: `one of ${[...model.clientsById.keys()].join(', ')}`,
            found: `"${id}"`,
          },
        ),
      );
      continue;
    }
    for (const record of signed.records)
      problems.push(...recordProblems(model, client, record, today));

    const seen = new Set<string>();
    for (const { file, index, data } of signed.exceptions) {
      const at = ['exceptions', index];
      if (seen.has(data.id)) {
        problems.push(
          error(
            'exceptions/unique',
            file,
            [...at, 'id'],
            `exception id "${data.id}" is used twice`,
            {
              expected: 'an id used once',
              found: `"${data.id}"`,
            },
          ),
        );
      }
      seen.add(data.id);
      problems.push(
        ...approverProblems(client, data.accepted_by, file, [...at, 'accepted_by'], today),
      );
      problems.push(...controlProblems(model, client, data.controls, file, [...at, 'controls']));
      if (data.expires < data.accepted_by.date) {
        problems.push(
          error(
            'exceptions/dates',
            file,
            [...at, 'expires'],
            'the exception expires before it was accepted',
            {
              expected: `a day after accepted_by.date (${data.accepted_by.date})`,
              found: data.expires,
            },
          ),
        );
      }
      if (data.next_review > data.expires) {
        problems.push(
          error(
            'exceptions/dates',
            file,
            [...at, 'next_review'],
            'the next review falls after the exception expires',
            {
              expected: `a day on or before expires (${data.expires})`,
              found: data.next_review,
            },
          ),
        );
      }
    }

    problems.push(...boardProblems(model, client, signed.boards, today));

    const decided = new Set<string>();
    for (const { file, index, data } of signed.decisions) {
      const at = ['decisions', index];
      if (decided.has(data.control)) {
        problems.push(
          error(
            'decisions/unique',
            file,
            [...at, 'control'],
            `a second decision on "${data.control}"`,
            {
              expected: 'one decision per control',
              found: `"${data.control}"`,
            },
          ),
        );
      }
      decided.add(data.control);
      problems.push(
        ...approverProblems(client, data.decided_by, file, [...at, 'decided_by'], today),
      );
      problems.push(
        ...controlProblems(model, client, [data.control], file, at).map((p) => ({
          ...p,
          path: [...at, 'control'],
        })),
      );
      const control = model.controlsByRef.get(data.control);
      if (
        control &&
        data.decision !== 'not-applicable' &&
        control.specification !== 'addressable'
      ) {
        problems.push(
          error(
            'decisions/addressable',
            file,
            [...at, 'decision'],
            `"${data.decision}" is a decision on an addressable specification, and ${data.control} is not one`,
            {
              expected: 'not-applicable (or a control marked specification: addressable)',
              found: `"${data.decision}"`,
            },
          ),
        );
      }
    }
  }
  return problems;
}

function boardProblems(
  model: Model,
  client: Entry<Client>,
  boards: ClientAssurance['boards'],
  today: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, year, data } of boards) {
    if (String(data.year) !== year) {
      problems.push(
        error(
          'board/location',
          file,
          ['year'],
          `the file is named for ${year} but reports on ${data.year}`,
          {
            expected: `year: ${year}`,
            found: String(data.year),
          },
        ),
      );
    }
    if (!model.staff.has(data.prepared_by)) {
      problems.push(
        error(
          'board/people',
          file,
          ['prepared_by'],
          `"${data.prepared_by}" is not provider staff`,
          {
            expected: `a staff id: ${[...model.staff.keys()].join(', ')}`,
            found: `"${data.prepared_by}"`,
          },
        ),
      );
    }
    const presenter = client.data.contacts.find((c) => c.id === data.presented_by);
    if (!presenter || presenter.organization) {
      problems.push(
        error(
          'board/people',
          file,
          ['presented_by'],
          `"${data.presented_by}" is not a contact of ${client.data.name}`,
          {
            expected: 'a contact of the institution',
            found: `"${data.presented_by}"`,
          },
        ),
      );
    }
    if (data.status === 'published' && !data.presented) {
      problems.push(
        error(
          'board/dates',
          file,
          ['presented'],
          'a published board report needs the day it went to the board',
          {
            expected: 'presented: YYYY-MM-DD',
            found: 'nothing',
          },
        ),
      );
    }
    if (data.presented && (data.presented > today || data.presented < `${data.year}-01-01`)) {
      problems.push(
        error(
          'board/dates',
          file,
          ['presented'],
          'presented on a day outside the year reported on and today',
          {
            expected: `a day from ${data.year}-01-01 to ${today}`,
            found: data.presented,
          },
        ),
      );
    }
  }
  return problems;
}
