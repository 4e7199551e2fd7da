/** A binder as one self-contained HTML document (inline style, no links out), printed to PDF for a package. */
import { escapeHtml } from '../audience/html.ts';
import { STATUS_LABEL, STATUS_ORDER, DECISION_LABEL } from '../evidence/status.ts';
import type { Binder } from '../evidence/types.ts';

const STYLE = `body{font:11px/1.4 system-ui,sans-serif;color:#111;margin:0}h1{font-size:18px;margin:0 0 4px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:3px 5px;vertical-align:top;text-align:left}
thead{display:table-header-group}tr{break-inside:avoid}.totals td{text-align:center}@page{size:Letter landscape}`;

const esc = escapeHtml;

/** The binder of one framework as it stood on its day, as HTML. */
export function binderHtml(binder: Binder, matrixVersion: string): string {
  const { client, framework, today, totals } = binder;
  const rows = binder.rows
    .map((row) => {
      const notes = [
        ...(row.decision
          ? [`${DECISION_LABEL[row.decision.data.decision]}: ${row.decision.data.reason}`]
          : []),
        ...row.records.map(
          (r) =>
            `${r.record.data.title} (${r.record.data.period.start} to ${r.record.data.period.end}, approved ${r.record.data.approved_by.date}; ${r.current ? `current until ${r.through}` : `out of cycle since ${r.through}`})`,
        ),
        ...row.exceptions.map(
          (e) =>
            `Exception ${e.exception.data.id} (${e.state}, expires ${e.exception.data.expires})`,
        ),
        ...row.reasons.map((r) => r.text),
      ];
      const mapped = [
        ...row.policies.map((p) => `${p.policy.data.title} v${p.policy.data.version}`),
        ...row.services.map((s) => s.service.data.title),
        ...row.activities.map((a) => a.row.activity.title),
      ];
      return `<tr><td>${esc(row.control.id)}</td><td>${esc(row.control.title)}</td><td>${esc(STATUS_LABEL[row.status])}</td><td>${notes.map(esc).join('<br>')}</td><td>${mapped.map(esc).join('<br>')}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(client.data.name)}: ${esc(framework.data.name)} binder as of ${today}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(client.data.name)}: ${esc(framework.data.name)}</h1>
<p>Evidence binder as it stood on ${today}. Responsibility matrix version ${esc(matrixVersion)}. ${esc(framework.data.citation)}.</p>
<table class="totals"><tr>${STATUS_ORDER.map((s) => `<th>${STATUS_LABEL[s]}</th>`).join('')}<th>Controls</th></tr>
<tr>${STATUS_ORDER.map((s) => `<td>${totals[s]}</td>`).join('')}<td>${totals.total}</td></tr></table>
<p></p>
<table><thead><tr><th>Control</th><th>Title</th><th>Status</th><th>Dated evidence, exceptions, decisions, notes</th><th>Mapped policies, services, activities</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}
