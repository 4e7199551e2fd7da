/** The one-line facts each kind of kit item shows on the page and the printed summary. */
import type { DueDiligenceItem } from '../../schemas/index.ts';
import { dayLabel } from '../dates.ts';
import { formatNumber, plural } from '../format.ts';

/** "$5,000,000" for 5000000. */
export function dollars(amount: number): string {
  return `$${formatNumber(amount)}`;
}

/** "5.5 h" for 5.5. */
function hours(value: number): string {
  return `${formatNumber(value, 1)} h`;
}

const COVERAGE: Record<string, string> = {
  cyber: 'Cyber liability',
  'errors-and-omissions': 'Technology errors and omissions',
  'general-liability': 'General liability',
  crime: 'Crime',
  umbrella: 'Umbrella',
  'workers-compensation': "Workers' compensation",
};

const KIND_LABELS: Record<DueDiligenceItem['kind'], string> = {
  'soc-report': 'Audit report',
  insurance: 'Insurance',
  'continuity-test': 'Continuity test',
  'penetration-test': 'Penetration test',
  subprocessors: 'Subprocessors',
  'policy-reference': 'Policy',
  'financial-statements': 'Financial condition',
  'notice-terms': 'Notice terms',
};

/** What kind of evidence an item is, in words. */
export function kindLabel(kind: DueDiligenceItem['kind']): string {
  return KIND_LABELS[kind];
}

/** The kind to show under an item's title, or undefined when the title already says it. */
export function kindNote(item: Pick<DueDiligenceItem, 'kind' | 'title'>): string | undefined {
  const label = kindLabel(item.kind);
  return item.title.toLowerCase().includes(label.toLowerCase()) ? undefined : label;
}

/** Whether a continuity test met its recovery time and recovery point objectives. */
export function objectivesMet(item: Extract<DueDiligenceItem, { kind: 'continuity-test' }>): {
  rto: boolean;
  rpo: boolean;
} {
  return {
    rto: item.rto_achieved_hours <= item.rto_target_hours,
    rpo: item.rpo_achieved_hours <= item.rpo_target_hours,
  };
}

/** Short facts that say what an item shows, for a table cell. */
export function itemFacts(item: DueDiligenceItem): string[] {
  switch (item.kind) {
    case 'soc-report':
      return [
        `${item.report_type} (${item.categories.join(', ')}), ${dayLabel(item.period.start)} – ${dayLabel(item.period.end)}`,
        `${item.auditor}; ${item.opinion} opinion; ${plural(item.exceptions.length, 'exception')} noted`,
        item.bridge_letter
          ? `Bridge letter through ${dayLabel(item.bridge_letter.covers_through)}`
          : 'No bridge letter',
      ];
    case 'insurance':
      return [
        `${COVERAGE[item.coverage]}, ${item.carrier}`,
        `${dollars(item.limits.per_claim)} per claim, ${dollars(item.limits.aggregate)} aggregate`,
      ];
    case 'continuity-test': {
      const met = objectivesMet(item);
      return [
        `${dayLabel(item.date)}: ${item.result.replaceAll('-', ' ')}`,
        `RTO ${hours(item.rto_achieved_hours)} against ${hours(item.rto_target_hours)} (${met.rto ? 'achieved' : 'missed'}); RPO ${hours(item.rpo_achieved_hours)} against ${hours(item.rpo_target_hours)} (${met.rpo ? 'achieved' : 'missed'})`,
      ];
    }
    case 'penetration-test': {
      const f = item.findings;
      return [
        `${item.tester}, ${dayLabel(item.date)}`,
        `Findings: ${f.critical} critical, ${f.high} high, ${f.medium} medium, ${f.low} low`,
      ];
    }
    case 'subprocessors':
      return [
        `${item.subprocessors.length} subprocessors, list confirmed ${dayLabel(item.reviewed)}`,
      ];
    case 'policy-reference':
      return [`Reviewed ${dayLabel(item.last_reviewed)}`];
    case 'financial-statements':
      return [
        `${item.statement[0]!.toUpperCase()}${item.statement.slice(1)} statements, fiscal year ended ${dayLabel(item.fiscal_year_end)}`,
        item.availability,
      ];
    case 'notice-terms':
      return [`Effective ${dayLabel(item.effective)}; ${item.terms.length} terms`];
  }
}
