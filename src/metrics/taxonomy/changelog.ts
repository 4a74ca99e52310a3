import { byKey } from '../../core/compare.ts';
import type { ChangelogEntry, FieldChange } from '../../model/taxonomy.ts';
import type { AlertCore, TaxonomySummary } from './summary.ts';

const CORE_FIELDS = ['group', 'severity', 'scope', 'category', 'description'] as const satisfies readonly (keyof AlertCore & FieldChange['field'])[];

/**
 * The seed's changelog between two versions: alerts added and removed, core fields modified
 * (group, severity, scope, category, description), and severity transitions listed apart.
 * Returns null when no alert changed in a way the changelog records.
 */
export function changelogBetween(before: TaxonomySummary, after: TaxonomySummary, commit: string, date: string): ChangelogEntry | null {
  const entry: ChangelogEntry = { commit, date, added: [], removed: [], modified: [], severity_transitions: [] };
  for (const [name, alert] of after) {
    const old = before.get(name);
    if (!old) {
      entry.added.push({ name, severity: alert.severity });
      continue;
    }
    for (const field of CORE_FIELDS) {
      if (old[field] !== alert[field]) entry.modified.push({ name, field, from: old[field], to: alert[field] });
    }
    if (old.severity !== alert.severity) entry.severity_transitions.push({ name, from: old.severity, to: alert.severity });
  }
  for (const [name, alert] of before) {
    if (!after.has(name)) entry.removed.push({ name, severity: alert.severity });
  }
  const byName = byKey((item: { name: string }) => item.name);
  entry.added.sort(byName);
  entry.removed.sort(byName);
  entry.modified.sort((a, b) => byName(a, b) || CORE_FIELDS.indexOf(a.field) - CORE_FIELDS.indexOf(b.field));
  entry.severity_transitions.sort(byName);
  const empty = !entry.added.length && !entry.removed.length && !entry.modified.length;
  return empty ? null : entry;
}
