/**
 * The content rules of the due-diligence kit that need only validated data: run by the
 * Astro build (so a bad kit never renders) and by `npm run check`.
 */
import { RefCheck } from '../checks/ref-check.ts';
import { daysBetween } from '../dates.ts';
import type { Model } from '../model/types.ts';
import { error, formatFieldPath, warning, type FieldPath, type Problem } from '../problems.ts';
import type { DueDiligenceItem } from '../../schemas/index.ts';
import { isRestricted } from './documents.ts';
import { anchorOf, expiryOf, expiryPath } from './status.ts';

/** Dates that must come in order within one item: [earlier, later, what]. */
function orderedDates(item: DueDiligenceItem): Array<[FieldPath, string, FieldPath, string]> {
  switch (item.kind) {
    case 'soc-report': {
      const pairs: Array<[FieldPath, string, FieldPath, string]> = [
        [['period', 'start'], item.period.start, ['period', 'end'], item.period.end],
        [['period', 'end'], item.period.end, ['issued'], item.issued],
      ];
      if (item.bridge_letter) {
        pairs.push(
          [['period', 'end'], item.period.end, ['bridge_letter', 'date'], item.bridge_letter.date],
          [
            ['bridge_letter', 'date'],
            item.bridge_letter.date,
            ['bridge_letter', 'covers_through'],
            item.bridge_letter.covers_through,
          ],
        );
      }
      return pairs;
    }
    case 'insurance':
      return [[['effective'], item.effective, ['expires'], item.expires]];
    default:
      return [];
  }
}

/** Dates that record something that happened, so cannot be after today. */
function pastDates(item: DueDiligenceItem): Array<[FieldPath, string]> {
  const anchor = anchorOf(item);
  const dates: Array<[FieldPath, string]> = [];
  if (item.kind !== 'insurance' && item.kind !== 'notice-terms') {
    dates.push([anchor.path, anchor.date]);
  }
  if (item.kind === 'soc-report') {
    dates.push([['issued'], item.issued]);
    if (item.bridge_letter) dates.push([['bridge_letter', 'date'], item.bridge_letter.date]);
  }
  return dates;
}

/** Every data-level problem of the kit, judged on `today`. */
export function checkDueDiligence(model: Model, today: string): Problem[] {
  const problems: Problem[] = [];
  const ref = new RefCheck();
  const activities = new Set(model.activitiesById.keys());
  const clients = new Set(model.clientsById.keys());
  const policies = new Set(model.policies.filter((p) => !p.data.client).map((p) => p.id));
  const fileOwners = new Map<string, string>();

  for (const entry of model.dueDiligence) {
    const { data: item, file } = entry;

    if (item.status === 'current' && daysBetween(today, expiryOf(item)) < 0) {
      problems.push(
        error(
          'due-diligence/expired-current',
          file,
          expiryPath(item),
          `"${item.title}" is shown to clients as current, but it expired on ${expiryOf(item)}`,
          {
            expected: 'a renewed item with a later date, or status: superseded',
            found: `expiry ${expiryOf(item)}, today ${today}`,
          },
        ),
      );
    }

    if (item.status === undefined && daysBetween(today, expiryOf(item)) < 0) {
      problems.push(
        warning(
          'due-diligence/expired',
          file,
          expiryPath(item),
          `"${item.title}" expired on ${expiryOf(item)}; clients see it as expired`,
          { expected: 'a renewed item, or status: superseded', found: `expiry ${expiryOf(item)}` },
        ),
      );
    }

    for (const [earlierPath, earlier, laterPath, later] of orderedDates(item)) {
      if (later < earlier) {
        problems.push(
          error(
            'due-diligence/dates',
            file,
            laterPath,
            `${formatFieldPath(laterPath)} is before ${formatFieldPath(earlierPath)}`,
            { expected: `a date on or after ${earlier}`, found: later },
          ),
        );
      }
    }
    for (const [path, date] of pastDates(item)) {
      if (date > today) {
        problems.push(
          error('due-diligence/dates', file, path, 'this date is in the future', {
            expected: `a date on or before ${today}`,
            found: date,
          }),
        );
      }
    }

    item.documents.forEach((doc, i) => {
      const owner = fileOwners.get(doc.file);
      if (owner) {
        problems.push(
          error(
            'due-diligence/document-unique',
            file,
            ['documents', i, 'file'],
            `"${doc.file}" is already listed by another document`,
            { expected: 'each file listed by one document', found: `also in ${owner}` },
          ),
        );
      } else fileOwners.set(doc.file, file);
      if (doc.shared_with === 'all') return;
      ref.all(clients, 'client', doc.shared_with, file, ['documents', i, 'shared_with']);
      ref.unique(doc.shared_with, 'client', file, ['documents', i, 'shared_with']);
      if (!isRestricted(item, doc)) return;
      doc.shared_with.forEach((id, j) => {
        const client = model.clientsById.get(id);
        if (client && !client.data.due_diligence.nda_signed) {
          problems.push(
            error(
              'due-diligence/nda-required',
              file,
              ['documents', i, 'shared_with', j],
              `"${doc.label}" is restricted to clients with an NDA, and ${id} has none on file`,
              {
                expected: `due_diligence.nda_signed in ${client.file}, or ${id} removed from shared_with`,
                found: `no NDA date for ${id}`,
              },
            ),
          );
        }
      });
    });

    if (item.kind === 'soc-report') {
      ref.unique(
        item.cuecs.map((c) => c.id),
        'CUEC',
        file,
        ['cuecs'],
        'id',
      );
      item.cuecs.forEach((cuec, i) => {
        ref.all(activities, 'activity', cuec.activities, file, ['cuecs', i, 'activities']);
        if (cuec.activities.length === 0) {
          problems.push(
            warning(
              'due-diligence/cuec-unmapped',
              file,
              ['cuecs', i, 'activities'],
              `CUEC "${cuec.id}" maps to no matrix activity, so no client can see who carries it`,
              { expected: 'one or more activity ids', found: 'none' },
            ),
          );
        }
      });
    }
    if (item.kind === 'continuity-test' && item.result === 'passed') {
      const missed = [
        item.rto_achieved_hours > item.rto_target_hours && 'rto_achieved_hours',
        item.rpo_achieved_hours > item.rpo_target_hours && 'rpo_achieved_hours',
      ].filter((f): f is string => Boolean(f));
      for (const field of missed) {
        problems.push(
          warning(
            'due-diligence/objective-missed',
            file,
            [field],
            `the test is marked passed, but ${field} exceeds its target`,
            { expected: 'result: passed-with-findings or failed', found: 'result: passed' },
          ),
        );
      }
    }
    if (item.kind === 'policy-reference') {
      ref.expect(policies, 'provider policy', item.policy, file, ['policy']);
    }
  }

  for (const client of model.clients) {
    const nda = client.data.due_diligence.nda_signed;
    if (nda && nda > today) {
      problems.push(
        error(
          'due-diligence/nda-future',
          client.file,
          ['due_diligence', 'nda_signed'],
          'the NDA date is in the future',
          { expected: `a date on or before ${today}`, found: nda },
        ),
      );
    }
  }
  return [...problems, ...ref.problems];
}
