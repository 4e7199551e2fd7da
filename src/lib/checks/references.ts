/**
 * Every id one file uses to point at another must name something that exists. Each
 * problem names the file and the field holding the dangling id.
 */
import { basename } from 'node:path/posix';
import { clientFolderOf } from '../content/layout.ts';
import type { Client, Policy, Report, Runbook, Service } from '../../schemas/index.ts';
import type { ActivityView, Entry, FrameworkEntry, Model } from '../model/types.ts';
import { error, type FieldPath, type Problem } from '../problems.ts';
import { RefCheck } from './ref-check.ts';

/** The ids that exist, by kind: what a reference may name. */
interface KnownIds {
  parties: Set<string>;
  severities: Set<string>;
  staff: Set<string>;
  controls: Set<string>;
  services: Set<string>;
  activities: Set<string>;
  clients: Set<string>;
  runbooks: Set<string>;
  frameworks: Set<string>;
  domains: Set<string>;
}

/** Every id the model defines, by kind. */
function knownIds(model: Model): KnownIds {
  return {
    parties: new Set(model.parties.map((p) => p.id)),
    severities: new Set(model.provider.data.severities.map((s) => s.id)),
    staff: new Set(model.staff.keys()),
    controls: new Set(model.controlsByRef.keys()),
    services: new Set(model.servicesById.keys()),
    activities: new Set(model.activitiesById.keys()),
    clients: new Set(model.clientsById.keys()),
    runbooks: new Set(model.runbooksById.keys()),
    frameworks: new Set(model.frameworksById.keys()),
    domains: new Set(model.domains.map((d) => d.id)),
  };
}

/** All cross-reference problems in the model. */
export function checkReferences(model: Model): Problem[] {
  const ref = new RefCheck();
  const ids = knownIds(model);
  checkProvider(ref, ids, model);
  for (const service of model.services) checkService(ref, ids, service);
  for (const activity of model.activities) checkActivity(ref, ids, activity);
  for (const fw of model.frameworks) checkFramework(ref, fw);
  for (const client of model.clients) checkClient(ref, ids, model, client);
  for (const policy of model.policies) checkPolicy(ref, ids, policy);
  for (const runbook of model.runbooks) checkRunbook(ref, ids, runbook);
  for (const report of model.reports) checkReport(ref, ids, report);
  return ref.problems;
}

/** Staff backups and escalation rungs name staff; severities are unique; both party kinds exist. */
function checkProvider(ref: RefCheck, ids: KnownIds, model: Model): void {
  const provider = model.provider;
  const staffIds = ids.staff;
  provider.data.staff.forEach((s, i) =>
    ref.expect(staffIds, 'staff member', s.backup, provider.file, ['staff', i, 'backup']),
  );
  provider.data.escalation.forEach((step, i) =>
    ref.expect(staffIds, 'staff member', step.who, provider.file, ['escalation', i, 'who']),
  );
  ref.unique(
    provider.data.severities.map((s) => s.id),
    'severity',
    provider.file,
    ['severities'],
    'id',
  );
  for (const kind of ['client-team', 'provider'] as const) {
    if (!model.parties.some((p) => p.kind === kind)) {
      ref.problems.push(
        error('references/parties', provider.file, ['parties'], `no party of kind "${kind}"`, {
          expected: `one party with kind: ${kind}`,
          found: model.parties.map((p) => p.kind).join(', '),
        }),
      );
    }
  }
}

/** A service's controls and target severities exist; its ids are unique. */
function checkService(ref: RefCheck, ids: KnownIds, service: Entry<Service>): void {
  const { controls, severities: severityIds } = ids;
  const { data, file } = service;
  ref.all(controls, 'control', data.controls, file, ['controls']);
  ref.unique(data.controls, 'control', file, ['controls']);
  ref.unique(
    data.tiers.map((t) => t.id),
    'tier',
    file,
    ['tiers'],
    'id',
  );
  ref.unique(
    data.kpis.map((k) => k.kpi),
    'KPI',
    file,
    ['kpis'],
    'kpi',
  );
  data.tiers.forEach((tier, t) =>
    ref.unique(
      tier.targets.map((x) => x.severity),
      'severity',
      file,
      ['tiers', t, 'targets'],
      'severity',
    ),
  );
  service.data.tiers.forEach((tier, t) =>
    tier.targets.forEach((target, i) =>
      ref.expect(severityIds, 'severity', target.severity, service.file, [
        'tiers',
        t,
        'targets',
        i,
        'severity',
      ]),
    ),
  );
}

/** An activity's service, controls and RACI parties exist. */
function checkActivity(ref: RefCheck, ids: KnownIds, activity: ActivityView): void {
  const { services, controls, parties: partyIds } = ids;
  const at: FieldPath = ['activities', activity.index];
  ref.expect(services, 'service', activity.service, activity.file, [...at, 'service']);
  ref.all(controls, 'control', activity.controls, activity.file, [...at, 'controls']);
  ref.unique(activity.controls, 'control', activity.file, [...at, 'controls']);
  for (const party of Object.keys(activity.raci)) {
    ref.expect(partyIds, 'party', party, activity.file, [...at, 'raci', party]);
  }
}

/** A framework's control groups are unique and every control names one. */
function checkFramework(ref: RefCheck, fw: FrameworkEntry): void {
  const groups = new Set(fw.data.groups.map((g) => g.id));
  ref.unique(
    fw.data.groups.map((g) => g.id),
    'control group',
    fw.file,
    ['groups'],
    'id',
  );
  fw.data.controls.forEach((control, i) =>
    ref.expect(groups, 'control group', control.group, fw.file, ['controls', i, 'group']),
  );
}

/** A client's frameworks, contacts, assignments, subscriptions and overrides name what exists. */
function checkClient(ref: RefCheck, ids: KnownIds, model: Model, client: Entry<Client>): void {
  const { frameworks, staff: staffIds } = ids;
  const { data, file } = client;
  const contacts = new Set(data.contacts.map((c) => c.id));
  const people = new Set([...contacts, ...staffIds]);
  ref.all(frameworks, 'framework', data.frameworks, file, ['frameworks']);
  ref.unique(data.frameworks, 'framework', file, ['frameworks']);
  ref.unique(
    data.contacts.map((c) => c.id),
    'contact',
    file,
    ['contacts'],
    'id',
  );
  ref.unique(
    data.services.map((s) => s.service),
    'service',
    file,
    ['services'],
    'service',
  );
  checkClientContacts(ref, ids, model, client, people);
  checkClientAssignments(ref, ids, client, people);
  checkClientServices(ref, ids, model, client);
}

/** No contact shares a staff id; each contact's party and backup exist. */
function checkClientContacts(
  ref: RefCheck,
  ids: KnownIds,
  model: Model,
  client: Entry<Client>,
  people: Set<string>,
): void {
  const { data, file } = client;
  const { staff: staffIds, parties: partyIds } = ids;
  const provider = model.provider;
  data.contacts.forEach((contact, i) => {
    if (!staffIds.has(contact.id)) return;
    ref.problems.push(
      error(
        'ids/unique',
        file,
        ['contacts', i, 'id'],
        `contact id "${contact.id}" is also a provider staff id`,
        {
          expected: 'a contact id no staff member uses, so assignments name one person',
          found: `"${contact.id}" in ${provider.file}`,
        },
      ),
    );
  });
  data.contacts.forEach((contact, i) => {
    ref.expect(partyIds, 'party', contact.party, file, ['contacts', i, 'party']);
    ref.expect(people, 'person', contact.backup, file, ['contacts', i, 'backup']);
  });
}

/** Default and per-domain assignments name known parties, domains and people. */
function checkClientAssignments(
  ref: RefCheck,
  ids: KnownIds,
  client: Entry<Client>,
  people: Set<string>,
): void {
  const { data, file } = client;
  const { parties: partyIds, domains } = ids;
  for (const [party, person] of Object.entries(data.assignments.default)) {
    ref.expect(partyIds, 'party', party, file, ['assignments', 'default', party]);
    ref.expect(people, 'person', person, file, ['assignments', 'default', party]);
  }
  for (const [domain, lanes] of Object.entries(data.assignments.domains)) {
    ref.expect(domains, 'domain', domain, file, ['assignments', 'domains', domain]);
    for (const [party, person] of Object.entries(lanes)) {
      ref.expect(partyIds, 'party', party, file, ['assignments', 'domains', domain, party]);
      ref.expect(people, 'person', person, file, ['assignments', 'domains', domain, party]);
    }
  }
}

/** Subscriptions name a service and one of its tiers; overrides a known activity and parties. */
function checkClientServices(
  ref: RefCheck,
  ids: KnownIds,
  model: Model,
  client: Entry<Client>,
): void {
  const { data, file } = client;
  const { services, activities, parties: partyIds } = ids;
  data.services.forEach((sub, i) => {
    const service = model.servicesById.get(sub.service);
    ref.expect(services, 'service', sub.service, file, ['services', i, 'service']);
    if (service) {
      const tiers = new Set(service.data.tiers.map((t) => t.id));
      ref.expect(tiers, `tier of ${sub.service}`, sub.tier, file, ['services', i, 'tier']);
    }
  });
  data.matrix.overrides.forEach((override, i) => {
    const at: FieldPath = ['matrix', 'overrides', i];
    ref.expect(activities, 'activity', override.activity, file, [...at, 'activity']);
    for (const party of Object.keys(override.raci)) {
      ref.expect(partyIds, 'party', party, file, [...at, 'raci', party]);
    }
  });
}

/** A policy sits in the folder of the client it names, and names what exists. */
function checkPolicy(ref: RefCheck, ids: KnownIds, policy: Entry<Policy>): void {
  const { clients, controls, services, runbooks } = ids;
  const { data, file } = policy;
  const folder = clientFolderOf(file);
  if (folder !== undefined && data.client !== folder) {
    ref.problems.push(
      error(
        'references/folder',
        file,
        ['client'],
        'a client policy must name the client whose folder it is in',
        {
          expected: `"${folder}"`,
          found: data.client ? `"${data.client}"` : 'nothing',
        },
      ),
    );
  } else if (folder === undefined && data.client !== undefined) {
    ref.problems.push(
      error('references/folder', file, ['client'], 'a provider-wide policy cannot name a client', {
        expected: `no client field, or move the file to clients/${data.client}/policies/`,
        found: `"${data.client}"`,
      }),
    );
  }
  ref.expect(clients, 'client', data.client, file, ['client']);
  ref.all(controls, 'control', data.controls, file, ['controls']);
  ref.all(services, 'service', data.services, file, ['services']);
  ref.all(runbooks, 'runbook', data.runbooks, file, ['runbooks']);
  ref.unique(data.controls, 'control', file, ['controls']);
  ref.unique(data.services, 'service', file, ['services']);
  ref.unique(data.runbooks, 'runbook', file, ['runbooks']);
}

/** A runbook's owner, clients, services, activities and controls exist and are unique. */
function checkRunbook(ref: RefCheck, ids: KnownIds, runbook: Entry<Runbook>): void {
  const { staff: staffIds, clients, services, activities, controls } = ids;
  const { data, file } = runbook;
  ref.expect(staffIds, 'staff member', data.owner, file, ['owner']);
  ref.all(clients, 'client', data.shared_with, file, ['shared_with']);
  ref.all(services, 'service', data.services, file, ['services']);
  ref.all(activities, 'activity', data.activities, file, ['activities']);
  ref.all(controls, 'control', data.controls, file, ['controls']);
  ref.unique(data.shared_with, 'client', file, ['shared_with']);
  ref.unique(data.services, 'service', file, ['services']);
  ref.unique(data.activities, 'activity', file, ['activities']);
  ref.unique(data.controls, 'control', file, ['controls']);
}

/** A report sits where its client and period say, and names known people and parties. */
function checkReport(ref: RefCheck, ids: KnownIds, report: Entry<Report>): void {
  const { clients, staff: staffIds, parties: partyIds } = ids;
  const { data, file } = report;
  const folder = clientFolderOf(file);
  const month = basename(file).replace(/\.mdx?$/, '');
  if (folder !== data.client) {
    ref.problems.push(
      error('reports/location', file, ['client'], 'the report is filed under another client', {
        expected: `"${folder}" (the folder it is in)`,
        found: `"${data.client}"`,
      }),
    );
  }
  if (month !== data.period) {
    ref.problems.push(
      error('reports/location', file, ['period'], 'the file name and the period disagree', {
        expected: `"${month}" (the file name)`,
        found: `"${data.period}"`,
      }),
    );
  }
  ref.expect(clients, 'client', data.client, file, ['client']);
  ref.expect(staffIds, 'staff member', data.prepared_by, file, ['prepared_by']);
  ref.expect(staffIds, 'staff member', data.reviewed_by, file, ['reviewed_by']);
  data.recommendations.forEach((rec, i) =>
    ref.expect(partyIds, 'party', rec.owner, file, ['recommendations', i, 'owner']),
  );
  ref.unique(
    data.recommendations.map((r) => r.id),
    'recommendation',
    file,
    ['recommendations'],
    'id',
  );
  ref.unique(
    data.incidents.map((r) => r.id),
    'incident',
    file,
    ['incidents'],
    'id',
  );
}
