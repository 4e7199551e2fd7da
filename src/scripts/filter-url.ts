/**
 * Filter forms that keep their state in the page's query string, so a filtered view can
 * be shared as a link and survives reload and back. Each named <select> of the form is
 * one query parameter; empty values are left out.
 */

/** Sets the form's selects from the query string; unknown values are ignored. */
export function readFiltersFromUrl(form: HTMLFormElement, names: readonly string[]): void {
  const params = new URLSearchParams(location.search);
  for (const name of names) {
    const field = form.elements.namedItem(name);
    if (!(field instanceof HTMLSelectElement)) continue;
    const value = params.get(name) ?? '';
    field.value = [...field.options].some((o) => o.value === value) ? value : '';
  }
}

/** Writes the form's current selects into the query string, replacing the history entry. */
export function writeFiltersToUrl(form: HTMLFormElement, names: readonly string[]): void {
  const params = new URLSearchParams(location.search);
  for (const name of names) {
    const field = form.elements.namedItem(name);
    const value = field instanceof HTMLSelectElement ? field.value : '';
    if (value) params.set(name, value);
    else params.delete(name);
  }
  const query = params.toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`)
    history.replaceState(history.state, '', url);
}

/**
 * Wires a filter form: state from the URL first, then `apply` on every change (and after
 * reset), the URL following the form. Returns false when the form is absent.
 */
export function wireFilterForm(
  form: HTMLFormElement | null,
  names: readonly string[],
  apply: () => void,
): boolean {
  if (!form) return false;
  form.hidden = false;
  const update = () => {
    writeFiltersToUrl(form, names);
    apply();
  };
  form.addEventListener('change', update);
  form.addEventListener('reset', () => setTimeout(update));
  form.addEventListener('submit', (event) => event.preventDefault());
  // Back/forward from the page cache keeps the DOM; the URL still decides what is shown.
  window.addEventListener('pageshow', () => {
    readFiltersFromUrl(form, names);
    apply();
  });
  readFiltersFromUrl(form, names);
  apply();
  return true;
}
