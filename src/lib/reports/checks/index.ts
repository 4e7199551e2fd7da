/**
 * The report checks that need only validated data, run by the Astro build and by
 * `npm run check` (the ledger check, which reads raw bytes, is in ../ledger-check.ts).
 * Publication rules (reviewer, published_at) live in src/lib/checks/dates.ts.
 */
import { shiftMonth } from '../../dates.ts';
import type { Model } from '../../model/types.ts';
import { error, type Problem } from '../../problems.ts';
import { timelineIssues } from '../incidents.ts';
import { correctionProblems } from './corrections.ts';
import { boundsProblems, vulnFlowProblems } from './metrics.ts';
import { carryForwardProblems, recommendationProblems } from './recommendations.ts';

/** Every report problem in `model`, judged on `today` (YYYY-MM-DD). */
export function checkReports(model: Model, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const [clientId, reports] of model.reportsByClient) {
    const client = model.clientsById.get(clientId);
    for (const report of reports) {
      const { data, file } = report;
      problems.push(...boundsProblems(file, data.metrics));
      problems.push(...recommendationProblems(report));
      problems.push(...correctionProblems(report, today));
      if (client) {
        data.incidents.forEach((incident, i) => {
          const profile = client.data.regulatory;
          for (const issue of timelineIssues(incident, data.period, today, profile)) {
            const path = ['incidents', i, ...issue.field.split('.')];
            const problem = error(issue.rule, file, path, issue.message, {
              expected: issue.expected,
              found: issue.found,
            });
            problems.push({ ...problem, severity: issue.severity });
          }
        });
      }
      const previous = reports.find((r) => r.data.period === shiftMonth(data.period, -1));
      if (previous) {
        problems.push(...vulnFlowProblems(report, previous));
        problems.push(...carryForwardProblems(report, previous));
      }
    }
  }
  return problems;
}
