import { byKey } from '../../core/compare.ts';
import type { AlertRow } from '../../model/taxonomy.ts';
import type { Taxonomy } from '../../sources/taxonomy/schema.ts';
import { runbookStatus } from './placeholder.ts';

/** The alert table: every alert of the taxonomy by name, with its runbook's status and link. */
export function alertRows(taxonomy: Taxonomy): AlertRow[] {
  return taxonomy.alerts
    .map((alert) => ({
      name: alert.name,
      group: alert.group,
      severity: alert.severity,
      scope: alert.scope,
      category: alert.category,
      description: alert.description,
      runbook: alert.runbook ?? null,
      runbook_url: alert.runbook && /^https?:\/\/\S+$/i.test(alert.runbook.trim()) ? alert.runbook.trim() : null,
      runbook_status: runbookStatus(alert.runbook),
      deprecated: alert.deprecated,
      deprecated_since: alert.deprecated_since ?? null,
      for: alert.for ?? null,
      windows: alert.windows ?? [],
    }))
    .sort(byKey((row) => row.name));
}
