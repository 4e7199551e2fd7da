/**
 * The RACI rules, checked on the template and on every client's overrides:
 * exactly one Accountable, at least one Responsible, regulated outcomes never
 * Accountable to the provider, and no party both R and A where duties are separated.
 */
import type { Model } from '../model/types.ts';
import { error, warning, type FieldPath, type Problem } from '../problems.ts';
import { formatLetters, parseLetters, type Letter } from './letters.ts';
import { withoutService } from './resolve.ts';

interface RowSubject {
  file: string;
  /** Path of the `raci` map being checked. */
  path: FieldPath;
  raci: Record<string, string>;
  regulatedOutcome: boolean;
  segregationOfDuties: boolean;
  activityId: string;
}

/** Parties holding `letter`, in the provider's column order. */
function holders(model: Model, raci: Record<string, string>, letter: Letter): string[] {
  const order = (party: string) => {
    const i = model.parties.findIndex((p) => p.id === party);
    return i === -1 ? model.parties.length : i;
  };
  return Object.entries(raci)
    .filter(([, cell]) => parseLetters(cell).includes(letter))
    .map(([party]) => party)
    .sort((a, b) => order(a) - order(b));
}

/** Rule problems for one `raci` map. */
export function checkRaciRow(model: Model, row: RowSubject): Problem[] {
  const problems: Problem[] = [];
  const accountable = holders(model, row.raci, 'A');
  const responsible = holders(model, row.raci, 'R');
  const describe = (parties: string[]) => (parties.length ? parties.join(' and ') : 'none');

  if (accountable.length !== 1) {
    problems.push(
      error(
        'matrix/one-accountable',
        row.file,
        row.path,
        `activity "${row.activityId}" must have exactly one Accountable party`,
        {
          expected: 'exactly one party with A',
          found: `${accountable.length} (${describe(accountable)})`,
        },
      ),
    );
  }
  if (responsible.length === 0) {
    problems.push(
      error(
        'matrix/responsible',
        row.file,
        row.path,
        `activity "${row.activityId}" has nobody Responsible`,
        { expected: 'at least one party with R', found: 'none' },
      ),
    );
  }
  if (row.segregationOfDuties) {
    for (const party of accountable.filter((p) => responsible.includes(p))) {
      problems.push(
        error(
          'matrix/segregation-of-duties',
          row.file,
          [...row.path, party],
          `activity "${row.activityId}" separates duties: whoever does the work may not also answer for it`,
          {
            expected: 'R and A held by different parties',
            found: `"${party}" both Responsible and Accountable`,
          },
        ),
      );
    }
  }
  if (row.regulatedOutcome) {
    const providerParties = new Set(
      model.parties.filter((p) => p.kind === 'provider').map((p) => p.id),
    );
    for (const party of accountable.filter((p) => providerParties.has(p))) {
      problems.push(
        error(
          'matrix/regulated-outcome',
          row.file,
          [...row.path, party],
          `activity "${row.activityId}" is a regulated outcome: it stays Accountable to the client, not the provider`,
          {
            expected: 'A held by a client party (interagency third-party guidance, 88 FR 37920)',
            found: `"${party}" Accountable`,
          },
        ),
      );
    }
  }
  return problems;
}

/** Rule problems across the template and every client's overrides. */
export function checkMatrixRules(model: Model): Problem[] {
  const problems: Problem[] = [];
  for (const activity of model.activities) {
    problems.push(
      ...checkRaciRow(model, {
        file: activity.file,
        path: ['activities', activity.index, 'raci'],
        raci: activity.raci,
        regulatedOutcome: activity.regulated_outcome,
        segregationOfDuties: activity.segregation_of_duties,
        activityId: activity.id,
      }),
    );
  }
  for (const client of model.clients) {
    const seen = new Map<string, number>();
    client.data.matrix.overrides.forEach((override, index) => {
      const path: FieldPath = ['matrix', 'overrides', index];
      const earlier = seen.get(override.activity);
      if (earlier !== undefined) {
        problems.push(
          error(
            'matrix/override-unique',
            client.file,
            [...path, 'activity'],
            `activity "${override.activity}" is overridden twice`,
            {
              expected: 'one override per activity',
              found: `also at matrix.overrides[${earlier}]`,
            },
          ),
        );
        return;
      }
      seen.set(override.activity, index);
      const activity = model.activitiesById.get(override.activity);
      if (!activity) return; // reported by the reference check
      problems.push(
        ...checkRaciRow(model, {
          file: client.file,
          path: [...path, 'raci'],
          raci: override.raci,
          regulatedOutcome: activity.regulated_outcome,
          segregationOfDuties: activity.segregation_of_duties,
          activityId: activity.id,
        }),
      );
      const template = Object.fromEntries(
        model.parties.map((p) => [p.id, parseLetters(activity.raci[p.id])]),
      );
      const subscribed =
        !activity.service || client.data.services.some((s) => s.service === activity.service);
      const baseline = subscribed ? template : withoutService(model, template);
      const same = model.parties.every(
        (p) =>
          formatLetters(parseLetters(override.raci[p.id])) === formatLetters(baseline[p.id] ?? []),
      );
      if (same) {
        problems.push(
          warning(
            'matrix/override-no-effect',
            client.file,
            [...path, 'raci'],
            `the override of "${activity.id}" changes nothing`,
            {
              expected:
                'letters that differ from what the template and subscriptions give, or no override',
              found: 'the same letters',
            },
          ),
        );
      }
    });
  }
  return problems;
}
