import type { Drift, EnforcementReport } from '../../model/catalog.ts';
import type { Check } from '../../model/status-model.ts';

/** Enforcement's contribution to the verdict: violations fail; warnings warn, or fail in strict mode. */
export function enforcementCheck(report: EnforcementReport): Check {
  const status = report.total_violations > 0 ? 'fail' : report.total_warnings > 0 ? (report.strict ? 'fail' : 'warn') : 'pass';
  const message =
    `${report.compliant}/${report.total_repos} repositories compliant; ${report.total_violations} violation${report.total_violations === 1 ? '' : 's'}, ` +
    `${report.total_warnings} warning${report.total_warnings === 1 ? '' : 's'}${report.strict ? ' (strict: warnings fail)' : ''}`;
  return { id: 'catalog.enforcement', kind: 'catalog', title: 'Repository policies', status, message };
}

/** Drift's contribution: a repository that lost compliance since the previous checkpoint warns. */
export function driftCheck(drift: Drift): Check {
  const degraded = drift.compliance_degraded.map((entry) => entry.repository);
  const status = degraded.length > 0 ? 'warn' : 'pass';
  const message = !drift.previous
    ? 'baseline checkpoint: no earlier checkpoint to compare with'
    : degraded.length > 0
      ? `compliance degraded in ${degraded.join(', ')}`
      : `no compliance degraded; ${drift.summary.new_repos} new, ${drift.summary.removed_repos} removed, ${drift.summary.changed_repos} with changed files`;
  return { id: 'catalog.drift', kind: 'catalog', title: 'Compliance drift', status, message };
}
