import type { IntegrationProbeConfig } from '../config/sources/gates.ts';
import { compareResponses } from './compare-responses.ts';
import type { ProbeCheck } from './probe-check.ts';
import { type FetchOutcome, timedFetch } from './timed-fetch.ts';

/**
 * Seed 001's INTEGRATION_CONNECTIVITY gate: (1) the backend directly, which must answer (status
 * below 400, as `curl --fail`); (2) the same path through the public front door, what users hit;
 * (3) the two responses compared. "Backend healthy" is not "system healthy": only all three pass.
 */
export async function runIntegrationCheck(probe: IntegrationProbeConfig, defaultTimeoutMs: number): Promise<ProbeCheck> {
  const timeoutMs = probe.timeout_ms ?? defaultTimeoutMs;
  const backendUrl = join(probe.backend, probe.path);
  const frontendUrl = join(probe.frontend, probe.path);
  const base = { name: probe.name, type: 'integration' as const, layer: probe.layer };
  const steps: string[] = [];

  const direct = await timedFetch(backendUrl, { timeoutMs });
  if (!answered(direct) || !direct.ok) {
    steps.push(`Backend direct: FAILED (${reason(direct)})`);
    return {
      ...base,
      status: 'fail',
      message: `Backend direct health check failed: ${backendUrl}: ${reason(direct)}`,
      response_ms: null,
      http_status: direct.ok ? direct.status : null,
      steps,
    };
  }
  steps.push(`Backend direct: OK (${direct.status} in ${direct.ms} ms)`);

  const proxied = await timedFetch(frontendUrl, { timeoutMs });
  if (!answered(proxied) || !proxied.ok) {
    steps.push(`Frontend proxy: FAILED (${reason(proxied)})`);
    return {
      ...base,
      status: 'fail',
      message: `Frontend proxy broken: ${frontendUrl}: ${reason(proxied)}; the backend works directly but the front door cannot reach it, so production is broken for users`,
      response_ms: proxied.ok ? proxied.ms : null,
      http_status: proxied.ok ? proxied.status : null,
      steps,
    };
  }
  steps.push(`Frontend proxy: OK (${proxied.status} in ${proxied.ms} ms)`);

  const difference = compareResponses(direct, proxied, probe.compare, probe.ignore_json_keys);
  const measured = { response_ms: proxied.ms, http_status: proxied.status };
  if (difference) {
    steps.push(`Response consistency: FAILED (${difference})`);
    return { ...base, ...measured, status: 'fail', message: `Frontend proxy returns an unexpected response: ${difference}`, steps };
  }
  steps.push(`Response consistency: OK (${probe.compare === 'body' ? 'status and body' : 'status'} match)`);
  return { ...base, ...measured, status: 'pass', message: 'frontend -> backend working', steps };
}

/** Answered as `curl --fail` sees it: a response with a status below 400. */
function answered(outcome: FetchOutcome): boolean {
  return outcome.ok && outcome.status < 400;
}

function reason(outcome: FetchOutcome): string {
  return outcome.ok ? `HTTP ${outcome.status}` : outcome.error;
}

function join(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}
