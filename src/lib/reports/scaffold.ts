/**
 * The text of a new monthly report: a draft built from last month's report, with open
 * recommendations carried forward under the same id and raised month, this month's
 * figures (from a metrics file, or last month's as a marked starting point), and a body
 * of headings with one-line prompts for the account manager.
 */
import { Document, isScalar, visit } from 'yaml';
import { metricKeys, type Metrics, type Recommendation, type Report } from '../../schemas/index.ts';
import { monthLabel, shiftMonth } from '../dates.ts';

/** What a new draft is built from. */
export interface ScaffoldInput {
  client: string;
  /** `YYYY-MM` of the new report. */
  period: string;
  preparedBy: string;
  /** The latest earlier report, if any. */
  previous?: Report;
  metrics: Metrics;
  /** Where the figures came from, for the comment above them. */
  metricsSource:
    { kind: 'file'; file: string } | { kind: 'previous'; period: string } | { kind: 'zero' };
}

/** Recommendations still open in `previous`, unchanged, ready to carry into the next month. */
export function carriedRecommendations(previous: Report | undefined): Recommendation[] {
  return (previous?.recommendations ?? []).filter(
    (r) => r.status === 'open' || r.status === 'in-progress',
  );
}

/** Every metric at zero, for a client's first report without a metrics file. */
export function zeroMetrics(): Metrics {
  return Object.fromEntries(metricKeys.map((k) => [k, 0])) as Metrics;
}

function yamlBlock(value: Record<string, unknown>): string {
  const doc = new Document(value);
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) return;
      const key = String(pair.key.value);
      if (key === 'detail') pair.value.type = 'BLOCK_FOLDED';
      // Months and headlines stay quoted: "2026-10" must never be read as a number or date.
      if (['period', 'raised', 'headline', 'title'].includes(key)) pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 100 });
}

function metricsComment(source: ScaffoldInput['metricsSource']): string {
  switch (source.kind) {
    case 'file':
      return `# Figures imported from ${source.file}.\n`;
    case 'previous':
      return `# TODO: these are ${monthLabel(source.period)}'s figures, copied as a starting point.\n# Replace every one with this month's (or re-run report:new with --metrics <file>).\n`;
    case 'zero':
      return `# TODO: every figure is 0. Fill in this month's figures (or re-run report:new with --metrics <file>).\n`;
  }
}

const INCIDENT_EXAMPLE = `# One entry per security incident this month; times with their UTC offset.
# The notification obligations (docs/notification-obligations.md) are derived from these facts;
# a fact left out shows "not determined" on the page rather than a guess.
# incidents:
#   - id: "INC-0000"
#     title: "What happened, in a few words"
#     severity: medium            # low | medium | high | critical
#     summary: >-
#       What happened and what was done, in two or three sentences.
#     detected: "2026-10-13T09:20:00-05:00"
#     client_notified: "2026-10-13T09:34:00-05:00"   # the provider's notice to the client
#     contained: "2026-10-13T10:05:00-05:00"
#     resolved: "2026-10-14T15:00:00-05:00"
#     disruption_hours: 0
#     disruption_likely_4h: false # 4 hours or more of disruption was reasonably likely
#     reportable: false           # the client judged it reportable (notification incident, breach...)
#     determined_reportable: ...  # when it did; the regulator clocks start here
#     people_affected: 0          # and people_by_state: { NE: 0 }
#     data_kinds: [none]          # customer-information, sensitive-customer-information, phi, ...
#     data_exposure: none         # acquired | accessed | none
#     data_encrypted: true
#     suspicious_activity: false  # banks and credit unions: a SAR decision is owed
#     notices: {}                 # obligation id: time each notice was given
`;

/** The full MDX text of the new draft. */
export function scaffoldReport(input: ScaffoldInput): string {
  const { client, period, preparedBy, previous } = input;
  const month = monthLabel(period);
  const carried = carriedRecommendations(previous);
  const top = yamlBlock({
    client,
    period,
    status: 'draft',
    prepared_by: preparedBy,
    headline: `Draft headline for ${month}: replace with one sentence on what mattered most.`,
  });
  const metrics = yamlBlock({ metrics: input.metrics });
  const recs = carried.length
    ? `# Carried forward from ${monthLabel(previous!.period)}: update each status (open, in-progress, done, declined).\n${yamlBlock({ recommendations: carried })}`
    : 'recommendations: []\n';
  const since = previous ? monthLabel(previous.period) : 'last month';
  const body = `
## Executive summary

In three to five sentences for the board: what mattered most in ${month}, how the measures moved since ${since}, and any decision the client needs to make.

## Notable events

- **${month.split(' ')[0]} 1:** One line per event that mattered: patch windows, restore tests, incidents, access reviews, phishing simulations, training.

## Looking ahead

What happens in ${monthLabel(shiftMonth(period, 1))}, and who is doing it.
`;
  return `---\n${top}${metricsComment(input.metricsSource)}${metrics}${INCIDENT_EXAMPLE}incidents: []\n${recs}---\n${body}`;
}

/** Phrases of the scaffold that must be replaced before a report is published. */
const PLACEHOLDERS: ReadonlyArray<readonly [pattern: RegExp, what: string]> = [
  [/^# TODO:/m, 'a "# TODO" note about the figures is still in the front matter'],
  [/^headline: "Draft headline for /m, 'the headline is still the placeholder'],
  [/^In three to five sentences for the board:/m, 'the executive summary is still the prompt'],
  [
    /^- \*\*\w+ 1:\*\* One line per event that mattered/m,
    'the notable events are still the prompt',
  ],
  [
    /^What happens in \w+ \d{4}, and who is doing it\.$/m,
    'the "Looking ahead" section is still the prompt',
  ],
];

/** What is left of the scaffold in a report's text; empty when the author replaced it all. */
export function unfinishedScaffold(text: string): string[] {
  return PLACEHOLDERS.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
}
