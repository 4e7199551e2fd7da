/**
 * A synthetic provider for isolation tests and benchmarks: the sample's catalog, matrix
 * template, frameworks and provider-wide documents, plus any number of generated
 * clients with contacts, subscriptions, overrides, a policy of their own, shared
 * runbooks and monthly reports. Deterministic for a seed; every client carries a unique
 * canary word in its pages so a leak test can look for it anywhere.
 */
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { metricKeys, type Metrics } from '../schemas/metrics.ts';
import { shiftMonth } from '../lib/dates.ts';
import { Random } from './random.ts';
import { readContent } from '../lib/content/read.ts';
import { buildModel } from '../lib/model/build.ts';
import { recordPublishedReports } from '../lib/records/record-reports.ts';

export interface GenerateOptions {
  /** Folder to write the tree into (emptied first). */
  out: string;
  /** Sample content root to take the catalog, template and frameworks from. */
  from: string;
  clients: number;
  months: number;
  seed: number;
  /** The first month that has not ended; reports cover the `months` before it. */
  currentMonth: string;
  /** Extra generated runbooks (10–20 steps each) on top of the sample's. */
  runbooks?: number;
}

/** What the generator planted, so tests know which words belong to whom. */
export interface GeneratedTree {
  clients: Array<{ id: string; name: string; canary: string; draftCanary?: string }>;
  /** Canary words of runbooks no client may see. */
  staffCanaries: string[];
  files: number;
}

interface SampleParts {
  staff: string[];
  services: Array<{ id: string; tiers: string[] }>;
  activities: Array<{
    id: string;
    service?: string;
    regulated: boolean;
    raci: Record<string, string>;
  }>;
}

const INDUSTRIES = [
  {
    industry: 'community-bank',
    noun: 'Bank',
    frameworks: ['ffiec-is', 'glba-interagency'],
    regulators: ['FDIC'],
  },
  {
    industry: 'credit-union',
    noun: 'Credit Union',
    frameworks: ['ncua-748', 'ffiec-is'],
    regulators: ['NCUA'],
  },
  {
    industry: 'healthcare',
    noun: 'Health',
    frameworks: ['hipaa-security', 'nist-csf-2'],
    regulators: ['HHS OCR'],
  },
  {
    industry: 'wealth-management',
    noun: 'Wealth Partners',
    frameworks: ['glba-safeguards', 'soc2'],
    regulators: ['SEC'],
  },
] as const;

const PLACES = [
  'Kearney',
  'Norfolk',
  'Salina',
  'Ames',
  'Mankato',
  'Aberdeen',
  'Minot',
  'Hays',
  'Yankton',
  'Fremont',
  'Beatrice',
  'Emporia',
];
const STATES = ['NE', 'KS', 'IA', 'MN', 'SD', 'ND'];
const SURNAMES = [
  'Lindgren',
  'Okafor',
  'Brandt',
  'Castillo',
  'Novak',
  'Haugen',
  'Mbeki',
  'Reyes',
  'Sato',
  'Whitfield',
  'Kowalczyk',
  'Ibarra',
];
const GIVEN = [
  'Dana',
  'Marcus',
  'Priya',
  'Tomas',
  'Greta',
  'Owen',
  'Leah',
  'Samir',
  'Ines',
  'Wes',
  'Nora',
  'Caleb',
];
const SYSTEMS = [
  'file servers',
  'domain controllers',
  'teller workstations',
  'imaging archive',
  'VPN gateway',
  'document management',
  'hypervisor hosts',
  'print servers',
];

async function readSample(from: string): Promise<SampleParts> {
  const provider = parseDocument(await readFile(join(from, 'provider.yaml'), 'utf8')).toJS() as {
    staff: Array<{ id: string }>;
  };
  const services: SampleParts['services'] = [];
  for (const file of (await readdir(join(from, 'services'))).sort()) {
    const text = await readFile(join(from, 'services', file), 'utf8');
    const front = parseDocument(/^---\n([\s\S]*?)\n---/.exec(text)![1]!).toJS() as {
      tiers: Array<{ id: string }>;
    };
    services.push({ id: file.replace(/\.mdx?$/, ''), tiers: front.tiers.map((t) => t.id) });
  }
  const activities: SampleParts['activities'] = [];
  for (const file of (await readdir(join(from, 'activities'))).sort()) {
    const domain = parseDocument(await readFile(join(from, 'activities', file), 'utf8')).toJS() as {
      activities: Array<{
        id: string;
        service?: string;
        regulated_outcome?: boolean;
        raci: Record<string, string>;
      }>;
    };
    for (const a of domain.activities) {
      activities.push({
        id: a.id,
        ...(a.service ? { service: a.service } : {}),
        regulated: Boolean(a.regulated_outcome),
        raci: a.raci,
      });
    }
  }
  return { staff: provider.staff.map((s) => s.id), services, activities };
}

function frontMatter(data: unknown, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

/** Open vulnerabilities per severity, carried from month to month. */
type OpenVulns = Record<'critical' | 'high' | 'medium' | 'low', number>;

/** Plausible monthly figures that respect every part/whole bound and carry open counts over. */
function metricsFor(random: Random, endpoints: number, month: number, open: OpenVulns): Metrics {
  const quarterEnd = month % 3 === 2;
  const restores = quarterEnd ? random.int(1, 3) : 0;
  const privileged = random.int(6, 30);
  const phish = random.chance(0.5) ? endpoints : 0;
  const staff = Math.round(endpoints * 0.8);
  const values: Record<string, number> = {
    endpoints_managed: endpoints,
    endpoints_edr: endpoints - random.int(0, 3),
    patch_compliance_pct: random.float(88, 99.6),
    critical_patches_outstanding: 0,
    critical_patch_oldest_days: 0,
    backup_jobs: endpoints * 4,
    backup_jobs_succeeded: endpoints * 4 - random.int(0, 12),
    restore_tests_performed: restores,
    restore_tests_passed: restores - (restores && random.chance(0.1) ? 1 : 0),
    alerts_critical: random.int(0, 2),
    alerts_high: random.int(1, 12),
    alerts_medium: random.int(10, 60),
    alerts_low: random.int(40, 200),
    mtta_minutes: random.float(4, 22),
    mttr_hours: random.float(2, 11),
    mfa_coverage_pct: random.float(95, 100),
    privileged_accounts: privileged,
    privileged_accounts_reviewed: quarterEnd ? privileged - (random.chance(0.2) ? 1 : 0) : 0,
    phish_sent: phish,
    phish_clicked: phish ? random.int(0, Math.round(phish * 0.08)) : 0,
    training_assigned: staff,
    training_completed: staff - random.int(0, Math.round(staff * 0.08)),
    tickets_opened: random.int(40, 160),
    tickets_closed: random.int(40, 160),
    sla_attainment_pct: random.float(91, 99.5),
  };
  if (random.chance(0.3)) {
    values.critical_patches_outstanding = random.int(1, 3);
    values.critical_patch_oldest_days = random.int(3, 25);
  }
  for (const severity of ['critical', 'high', 'medium', 'low'] as const) {
    const scale = { critical: 1, high: 6, medium: 25, low: 40 }[severity];
    const found = random.int(0, scale);
    const fixed = random.int(0, open[severity] + found);
    open[severity] = open[severity] + found - fixed;
    values[`vulns_${severity}_open`] = open[severity];
    values[`vulns_${severity}_new`] = found;
    values[`vulns_${severity}_remediated`] = fixed;
  }
  return Object.fromEntries(metricKeys.map((key) => [key, values[key] ?? 0])) as Metrics;
}

function reportBody(random: Random, name: string, canary: string, metrics: Metrics): string {
  const systems = random.sample(SYSTEMS, 4);
  const rows = systems
    .map((s) => `| ${s} | ${random.int(4, 40)} | ${random.float(85, 100)}% | ${random.int(0, 3)} |`)
    .join('\n');
  const paragraphs = Array.from({ length: 4 }, (_, i) =>
    [
      `During the month the ${systems[i % systems.length]} at ${name} stayed within the agreed maintenance windows.`,
      `Patch compliance closed at ${metrics.patch_compliance_pct}% and ${metrics.critical_patches_outstanding} critical updates remained open at month end.`,
      `The service desk opened ${metrics.tickets_opened} tickets and met ${metrics.sla_attainment_pct}% of response targets.`,
      `Backup jobs ran ${metrics.backup_jobs} times with ${metrics.backup_jobs_succeeded} successes, and failed jobs were rerun the next business day.`,
      `Alerts were acknowledged in ${metrics.mtta_minutes} minutes on average and resolved in ${metrics.mttr_hours} hours.`,
      `Reference ${canary} identifies this client's evidence folder for the examiners.`,
    ]
      .slice(0, 3 + (i % 3))
      .join(' '),
  );
  return `## Executive summary

${paragraphs[0]}

${paragraphs[1]}

## Notable events

${paragraphs[2]}

| System group | Devices | Patched | Open critical |
| --- | --- | --- | --- |
${rows}

## Looking ahead

${paragraphs[3]}
`;
}

function runbookFile(
  random: Random,
  index: number,
  staff: string[],
  sharedWith: string[],
  canary: string,
): string {
  const steps = Array.from({ length: random.int(10, 20) }, (_, i) => ({
    action: `${random.pick(['Confirm', 'Check', 'Record', 'Isolate', 'Notify', 'Verify', 'Collect', 'Restart'])} the ${random.pick(SYSTEMS)} state for step ${i + 1}`,
    expected: `The ${random.pick(['ticket', 'console', 'evidence log', 'change record'])} shows the result of step ${i + 1}.`,
    minutes: random.int(2, 30),
  }));
  return frontMatter(
    {
      title: `Generated procedure ${index + 1}`,
      summary: `A generated procedure for load and isolation testing (${canary}).`,
      trigger: 'A monitoring alert or a scheduled maintenance window.',
      severity: random.pick(['routine', 'low', 'medium', 'high']),
      owner: random.pick(staff),
      prerequisites: ['Access to the RMM console', 'An open ticket'],
      steps,
      escalation: [
        { when: 'A step fails twice', to: random.pick(staff), how: 'Phone, then the ticket' },
      ],
      last_reviewed: '2026-01-15',
      review_cycle_months: 12,
      last_tested: '2026-02-10',
      test_cycle_months: 12,
      shared_with: sharedWith,
    },
    `This generated runbook carries the word ${canary} so isolation tests can look for it.\n\nFollow the steps in order and record each result in the ticket.`,
  );
}

/** Writes a synthetic provider tree; returns what was planted where. */
export async function generateProvider(options: GenerateOptions): Promise<GeneratedTree> {
  const random = new Random(options.seed);
  const sample = await readSample(options.from);
  await rm(options.out, { recursive: true, force: true });
  await mkdir(options.out, { recursive: true });
  for (const part of ['provider.yaml', 'services', 'activities', 'frameworks', 'policies']) {
    await cp(join(options.from, part), join(options.out, part), { recursive: true });
  }
  let files = 0;
  const write = async (path: string, text: string) => {
    await mkdir(join(options.out, path, '..'), { recursive: true });
    await writeFile(join(options.out, path), text);
    files++;
  };

  // The sample's runbooks stay as staff-only procedures; generated ones are shared.
  await mkdir(join(options.out, 'runbooks'), { recursive: true });
  for (const file of (await readdir(join(options.from, 'runbooks'))).sort()) {
    const text = await readFile(join(options.from, 'runbooks', file), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const doc = parseDocument(front);
    doc.set('shared_with', []);
    doc.delete('shared_since');
    await write(`runbooks/${file}`, `---\n${doc.toString()}---\n${body}`);
  }

  const tree: GeneratedTree = { clients: [], staffCanaries: [], files: 0 };
  const ids: string[] = [];
  for (let i = 0; i < options.clients; i++) {
    const kind = INDUSTRIES[i % INDUSTRIES.length]!;
    const place = PLACES[i % PLACES.length]!;
    const number = String(i + 1).padStart(3, '0');
    const id = `${place.toLowerCase()}-${kind.industry.split('-')[0]}-${number}`;
    const canary = `canary${number}${random.token(6)}`;
    const name = `${place} ${kind.noun} ${number} ${canary.slice(-6).toUpperCase()}`;
    ids.push(id);
    const people = random
      .sample(GIVEN, 4)
      .map((given, n) => `${given} ${random.pick(SURNAMES)}${n ? '' : ''} ${number}`);
    const mail = (n: number) =>
      `${people[n]!.split(' ')[0]!.toLowerCase()}.${number}@${id}.example`;
    const endpoints = random.int(30, 300);
    const subscribed = sample.services.filter(() => random.chance(0.8));
    const subscribedIds = new Set(subscribed.map((s) => s.id));
    const overrides = random
      .sample(
        sample.activities.filter(
          (a) =>
            !a.regulated &&
            a.service &&
            subscribedIds.has(a.service) &&
            (a.raci.provider ?? '') !== (a.raci['internal-it'] ?? ''),
        ),
        random.int(0, 3),
      )
      .map((a) => ({
        activity: a.id,
        raci: Object.fromEntries(
          Object.entries({
            ...a.raci,
            provider: a.raci['internal-it'] ?? '',
            'internal-it': a.raci.provider ?? '',
          }).filter(([, v]) => v),
        ),
        reason: `${name} keeps this work with its own team under the current agreement.`,
        approved_by: { name: people[2]!, date: '2025-12-01' },
      }));
    const firstMonth = shiftMonth(options.currentMonth, -options.months);
    const client = {
      name,
      industry: kind.industry,
      profile: `${name} is a generated ${kind.industry.replace('-', ' ')} client used to test isolation and scale. Its canary word is ${canary}.`,
      location: `${place}, ${STATES[i % STATES.length]}`,
      timezone: 'America/Chicago',
      employees: Math.round(endpoints * 0.8),
      regulators: [...kind.regulators],
      frameworks: [...kind.frameworks],
      contract: {
        start: `${shiftMonth(firstMonth, -2)}-01`,
        end: '2029-12-31',
        reference: `MSA-${number}-${canary.slice(-6).toUpperCase()}`,
      },
      contacts: [
        {
          id: 'it-manager',
          name: people[0],
          title: 'IT Manager',
          party: 'internal-it',
          email: mail(0),
          phone: `531-555-${number.slice(-3)}1`,
          backup: 'it-analyst',
        },
        {
          id: 'it-analyst',
          name: people[1],
          title: 'IT Analyst',
          party: 'internal-it',
          email: mail(1),
          phone: `531-555-${number.slice(-3)}2`,
          backup: 'it-manager',
        },
        {
          id: 'executive',
          name: people[2],
          title: 'Chief Operating Officer',
          party: 'leadership',
          email: mail(2),
          phone: `531-555-${number.slice(-3)}3`,
          backup: 'it-manager',
        },
        {
          id: 'vendor-lead',
          name: people[3],
          title: 'Account Engineer',
          party: 'vendor',
          organization: 'Core Systems Co.',
          email: mail(3),
          phone: `531-555-${number.slice(-3)}4`,
          backup: 'it-manager',
        },
      ],
      assignments: {
        default: {
          'internal-it': 'it-manager',
          provider: random.pick(sample.staff),
          vendor: 'vendor-lead',
          leadership: 'executive',
        },
      },
      services: subscribed.map((s) => ({
        service: s.id,
        tier: random.pick(s.tiers),
        since: `${shiftMonth(firstMonth, -2)}-01`,
      })),
      matrix: {
        version: '1.0',
        effective: `${shiftMonth(firstMonth, -2)}-01`,
        approved_by: {
          name: people[2],
          title: 'Chief Operating Officer',
          date: `${shiftMonth(firstMonth, -3)}-20`,
        },
        changelog: [
          {
            version: '1.0',
            date: `${shiftMonth(firstMonth, -2)}-01`,
            by: 'Generator',
            summary: 'First matrix at onboarding.',
          },
        ],
        overrides,
      },
    };
    await write(`clients/${id}/client.yaml`, stringify(client, { lineWidth: 0 }));

    await write(
      `clients/${id}/policies/${id}-security-program.mdx`,
      frontMatter(
        {
          title: `${name} Information Security Program`,
          summary: 'The client program, maintained with the provider.',
          owner: 'Information Security Officer',
          version: '1.0',
          status: 'approved',
          effective: '2026-01-15',
          review_cycle_months: 12,
          next_review: '2027-01-15',
          approved_by: { name: people[2], date: '2026-01-10' },
          client: id,
          history: [{ version: '1.0', date: '2026-01-15', by: people[0], summary: 'Adopted.' }],
        },
        `## Program\n\nThe board of ${name} approves this program every year. Its evidence reference is ${canary}.`,
      ),
    );

    const planted: GeneratedTree['clients'][number] = { id, name, canary };
    const open: OpenVulns = {
      critical: 0,
      high: random.int(0, 6),
      medium: random.int(5, 25),
      low: random.int(10, 40),
    };
    for (let m = 0; m < options.months; m++) {
      const period = shiftMonth(firstMonth, m);
      const last = m === options.months - 1;
      // Every seventh client (and a few more at random) has last month still in draft.
      const draft = last && (i % 7 === 2 || random.chance(0.1));
      const metrics = metricsFor(random, endpoints, m, open);
      const word = draft ? `draft${number}${random.token(6)}` : canary;
      if (draft) planted.draftCanary = word;
      const published = `${shiftMonth(period, 1)}-0${random.int(3, 8)}`;
      await write(
        `clients/${id}/reports/${period}.mdx`,
        frontMatter(
          {
            client: id,
            period,
            status: draft ? 'draft' : 'published',
            prepared_by: sample.staff[0],
            ...(draft ? {} : { reviewed_by: sample.staff[1], published_at: published }),
            headline: `${name}: ${draft ? 'draft figures for' : 'security posture in'} ${period} (${word}).`,
            metrics,
            recommendations: [
              {
                id: 'review-firewall-rules',
                title: 'Review stale firewall rules',
                priority: 'medium',
                owner: 'internal-it',
                status: 'open',
                raised: firstMonth,
              },
            ],
          },
          reportBody(random, name, word, metrics),
        ),
      );
    }
    tree.clients.push(planted);
  }

  const extra = options.runbooks ?? Math.max(8, Math.round(options.clients / 4));
  for (let r = 0; r < extra; r++) {
    const shared = r % 2 === 0 ? random.sample(ids, random.int(1, 2)) : [];
    const canary = `runbook${String(r + 1).padStart(3, '0')}${random.token(6)}`;
    if (!shared.length) tree.staffCanaries.push(canary);
    await write(
      `runbooks/generated-procedure-${r + 1}.mdx`,
      runbookFile(random, r, sample.staff, shared, canary),
    );
  }
  // Published reports are recorded in the ledger with their snapshots, as a real tree is.
  const { raw } = await readContent(options.out);
  const { model } = buildModel(raw);
  if (model) {
    const day = `${options.currentMonth}-20`;
    const outcome = await recordPublishedReports(options.out, model, model.reports, day);
    files += outcome.adopted.length + 1;
  }
  tree.files = files;
  return tree;
}
