/**
 * Turns validated entries into the indexed `Model`. Problems that make an index
 * ambiguous (duplicate ids, a missing provider file) are reported here; everything else
 * is left to the checks in `src/lib/checks/`.
 */
import { error, type Problem } from '../problems.ts';
import type { ActivityView, ControlView, DomainView, Entry, Model, RawContent } from './types.ts';

function byOrderThenTitle<T extends { data: { order: number; title: string } }>(
  a: T,
  b: T,
): number {
  return a.data.order - b.data.order || a.data.title.localeCompare(b.data.title);
}

/** Map by id; a second entry with the same id is a problem naming both files. */
function indexById<T extends { id: string; file: string }>(
  items: readonly T[],
  kind: string,
  problems: Problem[],
  path: (item: T) => ReadonlyArray<string | number> = () => [],
): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const first = map.get(item.id);
    if (first) {
      problems.push(
        error('ids/unique', item.file, path(item), `duplicate ${kind} id "${item.id}"`, {
          expected: `an id used once`,
          found: `"${item.id}" also in ${first.file}`,
        }),
      );
      continue;
    }
    map.set(item.id, item);
  }
  return map;
}

function sortedById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.id.localeCompare(b.id));
}

export interface BuiltModel {
  model: Model | undefined;
  problems: Problem[];
}

/** Index the content; `model` is undefined only when there is no usable provider file. */
export function buildModel(raw: RawContent): BuiltModel {
  const problems: Problem[] = [];
  const provider = raw.provider[0];
  if (!provider) {
    problems.push(
      error('content/provider', 'provider.yaml', [], 'the content root has no provider file', {
        expected: 'provider.yaml at the top of the content root',
        found: 'nothing',
      }),
    );
    return { model: undefined, problems };
  }

  const parties = provider.data.parties;
  indexById(
    parties.map((p, i) => ({ ...p, file: provider.file, i })),
    'party',
    problems,
    (p) => ['parties', p.i, 'id'],
  );
  const staff = new Map(
    [
      ...indexById(
        provider.data.staff.map((s, i) => ({ ...s, file: provider.file, i })),
        'staff',
        problems,
        (s) => ['staff', s.i, 'id'],
      ),
    ].map(([id, { file: _f, i: _i, ...member }]) => [id, member]),
  );

  const services = [...raw.services].sort(byOrderThenTitle);
  const servicesById = indexById(services, 'service', problems);

  const domains: DomainView[] = [...raw.domains]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((entry) => ({
      id: entry.id,
      file: entry.file,
      title: entry.data.title,
      order: entry.data.order,
      description: entry.data.description,
      activities: entry.data.activities.map((activity, index): ActivityView => ({
        ...activity,
        domain: entry.id,
        file: entry.file,
        index,
      })),
    }));
  indexById(domains, 'domain', problems);
  const activities = domains.flatMap((d) => d.activities);
  const activitiesById = indexById(activities, 'activity', problems, (a) => [
    'activities',
    a.index,
    'id',
  ]);

  const frameworks = sortedById(raw.frameworks);
  const frameworksById = indexById(frameworks, 'framework', problems);
  const controlsByRef = new Map<string, ControlView>();
  for (const fw of frameworks) {
    fw.data.controls.forEach((control, index) => {
      const ref = `${fw.id}:${control.id}`;
      if (controlsByRef.has(ref)) {
        problems.push(
          error(
            'ids/unique',
            fw.file,
            ['controls', index, 'id'],
            `duplicate control id "${control.id}"`,
            {
              expected: 'each control id once per framework',
              found: `"${control.id}" twice`,
            },
          ),
        );
        return;
      }
      controlsByRef.set(ref, { ...control, framework: fw.id, ref });
    });
  }

  const clients = [...raw.clients].sort((a, b) => a.data.name.localeCompare(b.data.name));
  const clientsById = indexById(clients, 'client', problems);
  const policies = [...raw.policies].sort((a, b) => a.data.title.localeCompare(b.data.title));
  const policiesById = indexById(policies, 'policy', problems);
  const runbooks = [...raw.runbooks].sort((a, b) => a.data.title.localeCompare(b.data.title));
  const runbooksById = indexById(runbooks, 'runbook', problems);

  const reports = [...raw.reports].sort(
    (a, b) =>
      a.data.client.localeCompare(b.data.client) || a.data.period.localeCompare(b.data.period),
  );
  indexById(reports, 'report', problems);
  const reportsByClient = new Map<string, Entry<(typeof reports)[number]['data']>[]>();
  for (const report of reports) {
    const list = reportsByClient.get(report.data.client) ?? [];
    list.push(report);
    reportsByClient.set(report.data.client, list);
  }

  const dueDiligence = [...raw.dueDiligence].sort(
    (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
  indexById(dueDiligence, 'due-diligence item', problems);

  return {
    problems,
    model: {
      provider,
      parties,
      staff,
      services,
      servicesById,
      domains,
      activities,
      activitiesById,
      frameworks,
      frameworksById,
      controlsByRef,
      clients,
      clientsById,
      policies,
      policiesById,
      lastCommitted: new Map(),
      runbooks,
      runbooksById,
      reports,
      reportsByClient,
      dueDiligence,
    },
  };
}
