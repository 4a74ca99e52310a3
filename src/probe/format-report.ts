import type { ProbeReport } from './run-probes.ts';

const SUITE_LINES = {
  APPROVED: 'DEPLOYMENT APPROVED',
  CAUTION: 'PROCEED WITH CAUTION',
  BLOCKED: 'DEPLOYMENT BLOCKED',
} as const;

/** The human report, in the shape of the seeds' scripts: one block per probe, then the verdict. */
export function formatProbeReport(report: ProbeReport): string {
  const lines: string[] = [];
  for (const check of report.checks) {
    lines.push(`Checking ${check.type} probe: ${check.name}`);
    for (const step of check.steps) lines.push(`  ${step}`);
    lines.push(`${check.status.toUpperCase()}: ${check.name} - ${check.message}`, '');
  }
  const failed = report.checks.filter((check) => check.status === 'fail').map((check) => check.name);
  const warned = report.checks.filter((check) => check.status === 'warn').map((check) => check.name);
  lines.push('---', `Probes checked: ${report.checks.length}`, `Result: ${report.passed} / ${report.checks.length} passed.`);
  if (warned.length) lines.push(`Warnings: ${warned.join(', ')}`);
  if (failed.length) lines.push(`Failed: ${failed.join(', ')}`);
  lines.push(report.verdict, `${SUITE_LINES[report.suite_verdict]} (exit ${report.exit_code})`);
  return `${lines.join('\n')}\n`;
}

/** The `--json` report: stable key order is applied by the caller's serialiser. */
export function probeReportJson(report: ProbeReport, time: string): unknown {
  return {
    time,
    verdict: report.verdict,
    suite_verdict: report.suite_verdict,
    exit_code: report.exit_code,
    passed: report.passed,
    warned: report.warned,
    failed: report.failed,
    checks: report.checks,
  };
}
