/**
 * The KPI catalog: what each KPI measures, how it is computed from a report's metrics,
 * and which way is better. Targets come from services and contracts; this says how to
 * read them.
 */
import { formatNumber } from '../format.ts';
import type { KpiId, Metrics } from '../../schemas/index.ts';

/** Which way is better for a KPI. */
export type Direction = 'at-least' | 'at-most';

/** One KPI of the catalog. */
export interface KpiDefinition {
  id: KpiId;
  label: string;
  /** Short unit shown after values: "%", "min", "h", "days" or "" for counts. */
  unit: string;
  direction: Direction;
  /** Default width of the amber band beyond the target, in the KPI's unit. */
  tolerance: number;
  /** Decimal places shown. */
  decimals: number;
  /** The value for a month, or undefined when the month has nothing to measure. */
  compute(m: Metrics): number | undefined;
  /** The area of the service it belongs to, for grouping tiles. */
  area:
    | 'Endpoints'
    | 'Patching'
    | 'Backup'
    | 'Response'
    | 'Vulnerabilities'
    | 'Identity'
    | 'Awareness'
    | 'Service';
}

function pct(part: number, whole: number): number | undefined {
  return whole > 0 ? (part / whole) * 100 : undefined;
}

/** What a page needs to show a KPI: its definition without the computation (a snapshot keeps this). */
export type KpiLabel = Omit<KpiDefinition, 'compute'>;

/** Every KPI a report is scored on, in tile order. */
export const KPIS: readonly KpiDefinition[] = [
  {
    id: 'edr_coverage_pct',
    label: 'EDR coverage',
    unit: '%',
    direction: 'at-least',
    tolerance: 2,
    decimals: 1,
    area: 'Endpoints',
    compute: (m) => pct(m.endpoints_edr, m.endpoints_managed),
  },
  {
    id: 'patch_compliance_pct',
    label: 'Patch compliance',
    unit: '%',
    direction: 'at-least',
    tolerance: 5,
    decimals: 1,
    area: 'Patching',
    compute: (m) => m.patch_compliance_pct,
  },
  {
    id: 'critical_patches_outstanding',
    label: 'Critical patches outstanding',
    unit: '',
    direction: 'at-most',
    tolerance: 2,
    decimals: 0,
    area: 'Patching',
    compute: (m) => m.critical_patches_outstanding,
  },
  {
    id: 'critical_patch_oldest_days',
    label: 'Oldest critical patch',
    unit: 'days',
    direction: 'at-most',
    tolerance: 7,
    decimals: 0,
    area: 'Patching',
    compute: (m) => m.critical_patch_oldest_days,
  },
  {
    id: 'backup_success_pct',
    label: 'Backup job success',
    unit: '%',
    direction: 'at-least',
    tolerance: 3,
    decimals: 1,
    area: 'Backup',
    compute: (m) => pct(m.backup_jobs_succeeded, m.backup_jobs),
  },
  {
    id: 'restore_test_pass_pct',
    label: 'Restore tests passed',
    unit: '%',
    direction: 'at-least',
    tolerance: 0,
    decimals: 0,
    area: 'Backup',
    compute: (m) => pct(m.restore_tests_passed, m.restore_tests_performed),
  },
  {
    id: 'mtta_minutes',
    label: 'Mean time to acknowledge',
    unit: 'min',
    direction: 'at-most',
    tolerance: 10,
    decimals: 1,
    area: 'Response',
    compute: (m) => m.mtta_minutes,
  },
  {
    id: 'mttr_hours',
    label: 'Mean time to resolve',
    unit: 'h',
    direction: 'at-most',
    tolerance: 4,
    decimals: 1,
    area: 'Response',
    compute: (m) => m.mttr_hours,
  },
  {
    id: 'critical_vulns_open',
    label: 'Critical vulnerabilities open',
    unit: '',
    direction: 'at-most',
    tolerance: 1,
    decimals: 0,
    area: 'Vulnerabilities',
    compute: (m) => m.vulns_critical_open,
  },
  {
    id: 'high_vulns_open',
    label: 'High vulnerabilities open',
    unit: '',
    direction: 'at-most',
    tolerance: 5,
    decimals: 0,
    area: 'Vulnerabilities',
    compute: (m) => m.vulns_high_open,
  },
  {
    id: 'mfa_coverage_pct',
    label: 'MFA coverage',
    unit: '%',
    direction: 'at-least',
    tolerance: 2,
    decimals: 1,
    area: 'Identity',
    compute: (m) => m.mfa_coverage_pct,
  },
  {
    id: 'privileged_review_pct',
    label: 'Privileged accounts reviewed',
    unit: '%',
    direction: 'at-least',
    tolerance: 10,
    decimals: 0,
    area: 'Identity',
    // Reviews are periodic (often quarterly): a month with none performed has nothing to
    // score, like a month without a phishing simulation or a restore test.
    compute: (m) =>
      m.privileged_accounts_reviewed > 0
        ? pct(m.privileged_accounts_reviewed, m.privileged_accounts)
        : undefined,
  },
  {
    id: 'phish_click_pct',
    label: 'Phishing simulation click rate',
    unit: '%',
    direction: 'at-most',
    tolerance: 3,
    decimals: 1,
    area: 'Awareness',
    compute: (m) => pct(m.phish_clicked, m.phish_sent),
  },
  {
    id: 'training_completion_pct',
    label: 'Training completion',
    unit: '%',
    direction: 'at-least',
    tolerance: 5,
    decimals: 1,
    area: 'Awareness',
    compute: (m) => pct(m.training_completed, m.training_assigned),
  },
  {
    id: 'sla_attainment_pct',
    label: 'SLA attainment',
    unit: '%',
    direction: 'at-least',
    tolerance: 3,
    decimals: 1,
    area: 'Service',
    compute: (m) => m.sla_attainment_pct,
  },
];

/** The catalog by KPI id. */
export const KPI_BY_ID: ReadonlyMap<KpiId, KpiDefinition> = new Map(KPIS.map((k) => [k.id, k]));

/** The definition of `id`; the id list and the catalog are kept in step by a unit test. */
export function kpi(id: KpiId): KpiDefinition {
  const def = KPI_BY_ID.get(id);
  if (!def) throw new Error(`KPI "${id}" has no definition in the catalog`);
  return def;
}

/** "95 %", "≤ 14 days", "12.5 min" — a value with its unit. */
export function formatKpiValue(def: KpiLabel, value: number): string {
  const text = formatNumber(value, def.decimals);
  if (!def.unit) return text;
  return def.unit === '%' ? `${text}%` : `${text} ${def.unit}`;
}

/** "at least 95%" / "at most 14 days". */
export function formatTarget(def: KpiLabel, target: number): string {
  // "≤ 0" reads as a riddle; an at-most target of zero means none at all.
  if (def.direction === 'at-most' && target === 0) return formatKpiValue(def, 0);
  return `${def.direction === 'at-least' ? '≥' : '≤'} ${formatKpiValue(def, target)}`;
}
