import type { CatalogDocument, EnforcementReport } from '../../model/catalog.ts';

/** The seed's enforcement report: exit 0 when clean, 1 on violations (strict: on warnings too). */
export function enforcementReport(catalog: CatalogDocument, strict: boolean): EnforcementReport {
  const { total, compliant, non_compliant, total_violations, total_warnings } = catalog.summary;
  const passed = total_violations === 0 && !(strict && total_warnings > 0);
  return {
    report_version: 1,
    commit: catalog.commit,
    generated_at: catalog.generated_at,
    strict,
    passed,
    exit_code: passed ? 0 : 1,
    total_repos: total,
    compliant,
    non_compliant,
    total_violations,
    total_warnings,
    repositories: catalog.repositories.map(({ id, tier, compliant: ok, violations, warnings }) => ({ id, tier, compliant: ok, violations, warnings })),
  };
}

/** The text report (`govpages catalog enforce`): one line per finding, then the totals. */
export function enforcementText(report: EnforcementReport): string {
  const lines: string[] = [];
  for (const repository of report.repositories) {
    const findings = [...repository.violations, ...repository.warnings];
    const status = repository.compliant ? (repository.warnings.length ? 'WARN' : 'OK') : 'FAIL';
    lines.push(`${status.padEnd(4)} ${repository.id} (tier ${repository.tier ?? '?'})`);
    for (const finding of findings) {
      const level = finding.level === 'warning' && report.strict ? 'warning (strict: fails)' : finding.level;
      lines.push(`     ${level}: [${finding.rule}] ${finding.message}`);
    }
  }
  lines.push(
    '',
    `${report.total_repos} repositories: ${report.compliant} compliant, ${report.non_compliant} non-compliant; ` +
      `${report.total_violations} violation${report.total_violations === 1 ? '' : 's'}, ${report.total_warnings} warning${report.total_warnings === 1 ? '' : 's'}` +
      `${report.strict ? ' (strict mode)' : ''}`,
    report.passed ? 'PASSED' : 'FAILED',
  );
  return `${lines.join('\n')}\n`;
}
