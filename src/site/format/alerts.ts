import { compareStrings } from '../../core/compare.ts';
import { type AlertRow, type ChangelogEntry, SEED_SEVERITIES, type Severity, type SeverityVocabulary, severityRank } from '../../model/taxonomy.ts';

/**
 * Most severe first (the vocabulary's order; a severity outside it after, by name), then by name
 * (code-point order, so the output does not depend on locale).
 */
export function sortAlerts(alerts: readonly AlertRow[], vocabulary: SeverityVocabulary = SEED_SEVERITIES): AlertRow[] {
  return [...alerts].sort(
    (a, b) =>
      severityRank(vocabulary, a.severity) - severityRank(vocabulary, b.severity) || compareStrings(a.severity, b.severity) || compareStrings(a.name, b.name),
  );
}

/**
 * A valid, unique HTML id for an alert's section: characters outside `[A-Za-z0-9_-]` become
 * `_<hex>` so two different names never share an anchor.
 * @example alertAnchor('Disk Full') // 'alert-Disk_20Full'
 */
export function alertAnchor(name: string): string {
  let out = 'alert-';
  for (const char of name) {
    out += /[A-Za-z0-9-]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}`;
  }
  return out;
}

export interface FilterOptions {
  severities: Severity[];
  scopes: string[];
  categories: string[];
}

/** The distinct values the filter controls offer, in a stable order (severities in the vocabulary's, others after). */
export function filterOptions(alerts: readonly AlertRow[], vocabulary: SeverityVocabulary = SEED_SEVERITIES): FilterOptions {
  const present = new Set(alerts.map((alert) => alert.severity));
  const known = vocabulary.map((level) => level.name);
  return {
    severities: [...known.filter((severity) => present.has(severity)), ...distinct([...present].filter((severity) => !known.includes(severity)))],
    scopes: distinct(alerts.map((alert) => alert.scope)),
    categories: distinct(alerts.map((alert) => alert.category)),
  };
}

/** `data-*` attribute values the filter script matches rows on. */
export function filterAttributes(alert: AlertRow): Record<string, string> {
  return {
    'data-severity': alert.severity,
    'data-scope': alert.scope,
    'data-category': alert.category,
    'data-deprecated': alert.deprecated ? 'yes' : 'no',
    'data-runbook': alert.runbook_status === 'complete' ? 'present' : 'missing',
  };
}

export const RUNBOOK_LABEL: Record<AlertRow['runbook_status'], string> = {
  complete: 'present',
  missing: 'missing',
  placeholder: 'placeholder',
};

/** Number of changes an entry records, for its heading. */
export function changeCount(entry: ChangelogEntry): number {
  return entry.added.length + entry.removed.length + entry.modified.length;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}
