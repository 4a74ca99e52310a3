import type { ProbesConfig } from '../config/sources/gates.ts';
import { verdictOf } from '../metrics/gates/verdict.ts';
import type { Verdict } from '../model/gates.ts';
import { checkEnvironment } from './environment-check.ts';
import { runHttpCheck } from './http-check.ts';
import { runIntegrationCheck } from './integration-check.ts';
import type { ProbeCheck } from './probe-check.ts';

export interface ProbeReport extends Verdict {
  checks: ProbeCheck[];
  passed: number;
  warned: number;
  failed: number;
}

/**
 * Runs every configured probe (HTTP checks and integration checks concurrently, then the
 * environment check) and applies the validation suite's verdict: any failure BLOCKED (exit 1),
 * warnings only CAUTION (exit 2), else APPROVED (exit 0); `strict` makes warnings fail.
 * Checks are reported in configuration order.
 */
export async function runProbes(config: ProbesConfig, env: NodeJS.ProcessEnv, strict: boolean): Promise<ProbeReport> {
  const checks = await Promise.all([
    ...config.http.map((probe) => runHttpCheck(probe, config.timeout_ms)),
    ...config.integration.map((probe) => runIntegrationCheck(probe, config.timeout_ms)),
  ]);
  if (config.environment) checks.push(checkEnvironment(config.environment, env));
  return summarise(checks, strict);
}

export function summarise(checks: ProbeCheck[], strict: boolean): ProbeReport {
  return {
    checks,
    passed: checks.filter((check) => check.status === 'pass').length,
    warned: checks.filter((check) => check.status === 'warn').length,
    failed: checks.filter((check) => check.status === 'fail').length,
    ...verdictOf(
      checks.map((check) => check.status),
      strict,
    ),
  };
}
