/**
 * Progressive filtering of the matrix table by party, letter and domain. Rows carry
 * `data-p-<party>` (their letters) and `data-domain`; nothing is fetched or rebuilt. The
 * filters live in the query string (`?party=provider&letter=R`), kept on reload and back.
 */
import { wireFilterForm } from './filter-url.ts';

const form = document.querySelector<HTMLFormElement>('form.matrix-filters');
const table = document.querySelector<HTMLTableElement>('#matrix-table');

function matches(row: HTMLElement, party: string, letter: string, domain: string): boolean {
  if (domain && row.dataset.domain !== domain) return false;
  const cells = party
    ? [row.getAttribute(`data-p-${party}`) ?? '']
    : [...row.attributes].filter((a) => a.name.startsWith('data-p-')).map((a) => a.value);
  if (letter) return cells.some((c) => c.includes(letter));
  return party ? cells[0] !== '' : true;
}

function apply(): void {
  if (!form || !table) return;
  const data = new FormData(form);
  const party = String(data.get('party') ?? '');
  const letter = String(data.get('letter') ?? '');
  const domain = String(data.get('domain') ?? '');
  let shown = 0;
  for (const body of table.tBodies) {
    let inBody = 0;
    for (const row of body.querySelectorAll<HTMLTableRowElement>('tr[id]')) {
      const visible = matches(row, party, letter, domain);
      row.hidden = !visible;
      if (visible) inBody++;
    }
    body.hidden = inBody === 0;
    shown += inBody;
  }
  const total = form.dataset.total ?? '';
  const count = form.querySelector('output');
  if (count)
    count.textContent =
      party || letter || domain
        ? `Showing ${shown} of ${total} activities`
        : `Showing all ${total} activities`;
}

if (table) wireFilterForm(form, ['party', 'letter', 'domain'], apply);
