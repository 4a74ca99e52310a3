import type { HttpProbeConfig } from '../config/sources/gates.ts';
import type { ProbeCheck } from './probe-check.ts';
import { timedFetch } from './timed-fetch.ts';

/** One configured HTTP check: the expected status, optionally a text in the body, in time. */
export async function runHttpCheck(probe: HttpProbeConfig, defaultTimeoutMs: number): Promise<ProbeCheck> {
  const timeoutMs = probe.timeout_ms ?? defaultTimeoutMs;
  const outcome = await timedFetch(probe.url, { method: probe.method, timeoutMs });
  const base = { name: probe.name, type: 'http' as const, layer: probe.layer ?? null };
  if (!outcome.ok) {
    return {
      ...base,
      status: 'fail',
      message: `${probe.url}: ${outcome.error}`,
      response_ms: null,
      http_status: null,
      steps: [`${probe.method} ${probe.url}: ${outcome.error}`],
    };
  }
  const step = `${probe.method} ${probe.url}: ${outcome.status} in ${outcome.ms} ms`;
  const result = { ...base, response_ms: outcome.ms, http_status: outcome.status, steps: [step] };
  if (outcome.status !== probe.expect_status) {
    return { ...result, status: 'fail', message: `${probe.url} returned ${outcome.status} (expected ${probe.expect_status})` };
  }
  if (probe.body_contains !== undefined && !outcome.body.includes(probe.body_contains)) {
    return { ...result, status: 'fail', message: `${probe.url} answered without ${JSON.stringify(probe.body_contains)} in its body` };
  }
  if (probe.slow_ms !== undefined && outcome.ms > probe.slow_ms) {
    return { ...result, status: 'warn', message: `${probe.url} is slow: ${outcome.ms} ms (warning above ${probe.slow_ms} ms)` };
  }
  return { ...result, status: 'pass', message: `${probe.url}: ${outcome.status} in ${outcome.ms} ms` };
}
