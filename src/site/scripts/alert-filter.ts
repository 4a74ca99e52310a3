/** Filter keys: each is a `<select name>` in the form and a `data-<key>` attribute on rows and sections. */
export const FILTER_KEYS = ['severity', 'scope', 'category', 'deprecated', 'runbook'] as const;

export type FilterState = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

/** Whether an element with these data attributes passes every non-empty filter. */
export function matchesFilters(data: Record<string, string | undefined>, state: FilterState): boolean {
  return FILTER_KEYS.every((key) => !state[key] || data[key] === state[key]);
}

/**
 * Progressive enhancement of the alert table: the full table and every alert section are in the
 * HTML; with JavaScript the filter form appears and hides rows and sections that do not match.
 */
export function startAlertFilters(doc: Document): void {
  const form = doc.getElementById('alert-filters') as HTMLFormElement | null;
  if (!form) return;
  const targets = Array.from(doc.querySelectorAll<HTMLElement>('#alert-table tbody tr, section.alert-section'));
  const count = doc.getElementById('alert-count');
  const rows = targets.filter((element) => element.tagName === 'TR');
  const apply = () => {
    const state: FilterState = {};
    for (const key of FILTER_KEYS) {
      const control = form.elements.namedItem(key) as HTMLSelectElement | null;
      if (control?.value) state[key] = control.value;
    }
    for (const element of targets) element.hidden = !matchesFilters(element.dataset, state);
    if (count) count.textContent = `${rows.filter((row) => !row.hidden).length} of ${rows.length} shown`;
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply, 0));
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
