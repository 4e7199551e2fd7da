/**
 * Filtering a binder's controls by evidence status. Rows carry `data-status`; a group
 * with no row left is hidden with its heading. The filter lives in the query string
 * (`?status=gap`), kept on reload and back.
 */
import { wireFilterForm } from './filter-url.ts';

const form = document.querySelector<HTMLFormElement>('form.binder-filters');
const table = document.querySelector<HTMLTableElement>('table.binder');

function apply(): void {
  if (!form || !table) return;
  const status = String(new FormData(form).get('status') ?? '');
  let shown = 0;
  for (const body of table.tBodies) {
    let inBody = 0;
    for (const row of body.querySelectorAll<HTMLTableRowElement>('tr[data-status]')) {
      const visible = !status || row.dataset.status === status;
      row.hidden = !visible;
      if (visible) inBody++;
    }
    body.hidden = inBody === 0;
    shown += inBody;
  }
  const count = form.querySelector('output');
  const total = form.dataset.total ?? '';
  if (count)
    count.textContent = status
      ? `Showing ${shown} of ${total} controls`
      : `Showing all ${total} controls`;
}

if (table) wireFilterForm(form, ['status'], apply);
