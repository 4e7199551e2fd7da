/**
 * The measured figures of a monthly report and the KPIs derived from them. The ids are
 * part of the content model (services commit to KPI targets by id; metrics files use the
 * metric keys), so they live with the schemas.
 */
import { z } from 'astro/zod';

/** Keys a report's `metrics` block (and a metrics import file) may carry. */
export const metricKeys = [
  'endpoints_managed',
  'endpoints_edr',
  'patch_compliance_pct',
  'critical_patches_outstanding',
  'critical_patch_oldest_days',
  'backup_jobs',
  'backup_jobs_succeeded',
  'restore_tests_performed',
  'restore_tests_passed',
  'alerts_critical',
  'alerts_high',
  'alerts_medium',
  'alerts_low',
  'mtta_minutes',
  'mttr_hours',
  'vulns_critical_open',
  'vulns_critical_new',
  'vulns_critical_remediated',
  'vulns_high_open',
  'vulns_high_new',
  'vulns_high_remediated',
  'vulns_medium_open',
  'vulns_medium_new',
  'vulns_medium_remediated',
  'vulns_low_open',
  'vulns_low_new',
  'vulns_low_remediated',
  'mfa_coverage_pct',
  'privileged_accounts',
  'privileged_accounts_reviewed',
  'phish_sent',
  'phish_clicked',
  'training_assigned',
  'training_completed',
  'tickets_opened',
  'tickets_closed',
  'sla_attainment_pct',
] as const;

export type MetricKey = (typeof metricKeys)[number];

/** Metric keys that are percentages and must lie within 0–100. */
export const percentMetricKeys: ReadonlySet<MetricKey> = new Set(
  metricKeys.filter((key) => key.endsWith('_pct')),
);

/** Metric keys that may be fractional (everything else is a whole count). */
export const fractionalMetricKeys: ReadonlySet<MetricKey> = new Set<MetricKey>([
  ...percentMetricKeys,
  'mtta_minutes',
  'mttr_hours',
]);

/** Part/whole pairs that must add up: the first may never exceed the second. */
export const metricBounds: ReadonlyArray<readonly [part: MetricKey, whole: MetricKey]> = [
  ['endpoints_edr', 'endpoints_managed'],
  ['backup_jobs_succeeded', 'backup_jobs'],
  ['restore_tests_passed', 'restore_tests_performed'],
  ['privileged_accounts_reviewed', 'privileged_accounts'],
  ['phish_clicked', 'phish_sent'],
  ['training_completed', 'training_assigned'],
];

/** KPIs a service can commit to and a report is scored on. */
export const kpiIds = [
  'edr_coverage_pct',
  'patch_compliance_pct',
  'critical_patches_outstanding',
  'critical_patch_oldest_days',
  'backup_success_pct',
  'restore_test_pass_pct',
  'mtta_minutes',
  'mttr_hours',
  'critical_vulns_open',
  'high_vulns_open',
  'mfa_coverage_pct',
  'privileged_review_pct',
  'phish_click_pct',
  'training_completion_pct',
  'sla_attainment_pct',
] as const;

export type KpiId = (typeof kpiIds)[number];

export const kpiId = z.enum(kpiIds, {
  error: (issue) => `expected one of ${kpiIds.join(', ')}, found "${String(issue.input)}"`,
});

function metricValue(key: MetricKey) {
  const base = z.number({ error: `expected a number for ${key}` }).min(0, {
    error: `expected ${key} to be 0 or more`,
  });
  if (percentMetricKeys.has(key)) {
    return base.max(100, { error: `expected ${key} to be a percentage from 0 to 100` });
  }
  return fractionalMetricKeys.has(key)
    ? base
    : base.int({ error: `expected ${key} to be a whole number` });
}

/** A report's measured figures; every key is required, unknown keys are rejected. */
export const metricsSchema = z.strictObject(
  Object.fromEntries(metricKeys.map((key) => [key, metricValue(key)])) as {
    [K in MetricKey]: z.ZodNumber;
  },
);

export type Metrics = z.infer<typeof metricsSchema>;

/** A KPI target: what a service commits to, or a contract's override of it. */
export const kpiTarget = z.strictObject({
  kpi: kpiId,
  /** The committed value; direction (at least / at most) comes from the KPI catalog. */
  target: z.number(),
  /** Where amber ends and red begins; defaults to the KPI catalog's tolerance. */
  amber: z.number().optional(),
});

export type KpiTarget = z.infer<typeof kpiTarget>;
