/**
 * Figures within one report that must add up, and figures that must follow from last
 * month's: this month's open vulnerabilities ≈ last month's open + new − remediated.
 */
import { metricBounds, type Metrics } from '../../../schemas/index.ts';
import type { Entry } from '../../model/types.ts';
import type { Report } from '../../../schemas/index.ts';
import { error, warning, type Problem } from '../../problems.ts';

/** Vulnerability severities, most severe first. */
export const VULN_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

/**
 * How far this month's open count may drift from last month's open + new − remediated
 * before it is worth a look: scanners re-score findings and devices come and go.
 */
export function vulnTolerance(expected: number): number {
  return Math.max(2, Math.round(expected * 0.1));
}

/** Part/whole pairs of one month's figures: a part may never exceed its whole. */
export function boundsProblems(file: string, m: Metrics): Problem[] {
  const problems: Problem[] = [];
  for (const [part, whole] of metricBounds) {
    if (m[part] > m[whole]) {
      problems.push(
        error('reports/metrics-add-up', file, ['metrics', part], `${part} is more than ${whole}`, {
          expected: `at most ${whole} (${m[whole]})`,
          found: String(m[part]),
        }),
      );
    }
  }
  if (m.critical_patches_outstanding === 0 && m.critical_patch_oldest_days > 0) {
    problems.push(
      warning(
        'reports/metrics-add-up',
        file,
        ['metrics', 'critical_patch_oldest_days'],
        'an oldest critical patch age is given but no critical patch is outstanding',
        {
          expected: '0 when critical_patches_outstanding is 0',
          found: String(m.critical_patch_oldest_days),
        },
      ),
    );
  }
  return problems;
}

/** Open vulnerabilities that do not follow from the previous month's report. */
export function vulnFlowProblems(report: Entry<Report>, previous: Entry<Report>): Problem[] {
  const problems: Problem[] = [];
  const now = report.data.metrics;
  const before = previous.data.metrics;
  for (const sev of VULN_SEVERITIES) {
    const open = now[`vulns_${sev}_open`];
    const expected = Math.max(
      0,
      before[`vulns_${sev}_open`] + now[`vulns_${sev}_new`] - now[`vulns_${sev}_remediated`],
    );
    if (Math.abs(open - expected) > vulnTolerance(expected)) {
      problems.push(
        warning(
          'reports/vulns-add-up',
          report.file,
          ['metrics', `vulns_${sev}_open`],
          `open ${sev} vulnerabilities do not follow from ${previous.data.period}`,
          {
            expected: `about ${expected} (${before[`vulns_${sev}_open`]} open last month + ${now[`vulns_${sev}_new`]} new − ${now[`vulns_${sev}_remediated`]} remediated)`,
            found: String(open),
          },
        ),
      );
    }
  }
  return problems;
}
