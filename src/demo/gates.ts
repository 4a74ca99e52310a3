import { DAY_MS, HOUR_MS } from '../core/time.ts';
import type { ProbeResult } from '../model/gates.ts';
import { serializeProbeHistory } from '../sources/gates/probe-history.ts';
import type { DemoStep } from './step.ts';

/**
 * The demo's deploy gates, told after seeds 001 and 000: weekly-ish CI runs of the local/CI gates;
 * on day 62 a run ALLOWs and the front door breaks hours later (seed 001's false positive, see
 * `incidents.ts`); on day 63 the integration gate is added and REJECTs until the proxy is fixed the
 * same afternoon; on day 90 the environment gate warns (CAUTION); after the day-140 incident a
 * database gate is added. Probe URLs point at 127.0.0.1 so a stray `govpages probe` on the demo
 * never reaches the internet; the build itself never probes.
 */
export const GATES_PATH = 'governance/gates';

export const gatesDemoConfig = {
  gates: {
    path: GATES_PATH,
    window_days: 30,
    false_positive_hours: 24,
    probes: {
      timeout_ms: 5000,
      http: [{ name: 'api', url: 'http://127.0.0.1:4005/health', body_contains: '"ok":true', layer: 'Backend Runtime' }],
      integration: [{ name: 'site', backend: 'http://127.0.0.1:4005', frontend: 'http://127.0.0.1:3103/api', path: '/health', ignore_json_keys: ['time'] }],
      environment: { critical: ['DB_PASSWORD', 'GATEWAY_TOKEN'], required: ['NODE_ENV'], optional: ['LOG_LEVEL'] },
    },
  },
};

type Status = 'pass' | 'warn' | 'fail';
interface DemoRun {
  day: number;
  hour: number;
  mode: 'local' | 'ci' | 'integration';
  commit: string;
  gates: [gate: string, status: Status, message?: string][];
}

const LAYERS: Record<string, string> = {
  GIT_REMOTE: 'Code Authority',
  GIT_BRANCH: 'Code Authority',
  WORKTREE_CLEAN: 'Code Authority',
  RUNTIME_IDENTITY: 'Backend Runtime',
  INTEGRATION_CONNECTIVITY: 'Integration Layer',
  ENV_VALIDATION: 'Environment Config',
  DB_CONNECTIVITY: 'Database Layer',
};

const BASE: DemoRun['gates'] = [
  ['GIT_REMOTE', 'pass'],
  ['GIT_BRANCH', 'pass'],
  ['WORKTREE_CLEAN', 'pass'],
  ['RUNTIME_IDENTITY', 'pass', 'runtime reports the deployed git_sha'],
];

const RUNS: DemoRun[] = [
  { day: 20, hour: 10, mode: 'ci', commit: '1a2b3c4', gates: BASE },
  { day: 41, hour: 10, mode: 'ci', commit: '2b3c4d5', gates: BASE },
  { day: 62, hour: 11, mode: 'ci', commit: '3c4d5e6', gates: BASE },
  {
    day: 63,
    hour: 10,
    mode: 'integration',
    commit: '4d5e6f7',
    gates: [...BASE, ['INTEGRATION_CONNECTIVITY', 'fail', 'Frontend proxy broken: https://www.example.com/health returned 404; backend works directly']],
  },
  { day: 63, hour: 16, mode: 'integration', commit: '5e6f7a8', gates: [...BASE, ['INTEGRATION_CONNECTIVITY', 'pass', 'frontend -> backend working']] },
  {
    day: 90,
    hour: 10,
    mode: 'integration',
    commit: '6f7a8b9',
    gates: [...BASE, ['INTEGRATION_CONNECTIVITY', 'pass'], ['ENV_VALIDATION', 'warn', 'REQUIRED empty: NODE_ENV']],
  },
  { day: 120, hour: 10, mode: 'integration', commit: '7a8b9c0', gates: [...BASE, ['INTEGRATION_CONNECTIVITY', 'pass'], ['ENV_VALIDATION', 'pass']] },
  {
    day: 141,
    hour: 11,
    mode: 'integration',
    commit: '8b9c0d1',
    gates: [...BASE, ['INTEGRATION_CONNECTIVITY', 'pass'], ['ENV_VALIDATION', 'pass'], ['DB_CONNECTIVITY', 'pass', 'pgbouncer -> timescaledb connected']],
  },
  {
    day: 160,
    hour: 10,
    mode: 'integration',
    commit: '9c0d1e2',
    gates: [...BASE, ['INTEGRATION_CONNECTIVITY', 'pass'], ['ENV_VALIDATION', 'pass'], ['DB_CONNECTIVITY', 'pass']],
  },
  {
    day: 170,
    hour: 10,
    mode: 'integration',
    commit: 'a0d1e2f',
    gates: [
      ...BASE,
      ['INTEGRATION_CONNECTIVITY', 'pass'],
      ['ENV_VALIDATION', 'warn', 'OPTIONAL empty (defaults apply): LOG_LEVEL'],
      ['DB_CONNECTIVITY', 'pass'],
    ],
  },
  {
    day: 178,
    hour: 10,
    mode: 'integration',
    commit: 'b1e2f3a',
    gates: [...BASE, ['INTEGRATION_CONNECTIVITY', 'pass'], ['ENV_VALIDATION', 'pass'], ['DB_CONNECTIVITY', 'pass']],
  },
];

/** `start` + day + hour as ISO 8601 UTC. */
export function demoTime(start: string, day: number, hour: number, minute = 0): string {
  return new Date(Date.parse(start) + day * DAY_MS + hour * HOUR_MS + minute * 60_000).toISOString().replace('.000Z', 'Z');
}

export function gatesDemoSteps(start: string): DemoStep[] {
  return RUNS.map((run) => {
    const time = demoTime(start, run.day, run.hour);
    const id = `${time.slice(0, 10)}-${run.mode}-${run.commit}`;
    const lines = run.gates.map(([gate, status, message]) =>
      JSON.stringify({ run: id, gate, status, mode: run.mode, commit: run.commit, time, layer: LAYERS[gate], ...(message ? { message } : {}) }),
    );
    const failed = run.gates.filter(([, status]) => status === 'fail').map(([gate]) => gate);
    return {
      day: run.day,
      hour: run.hour,
      message: `Record ${run.mode} gate run at ${run.commit}${failed.length ? `: REJECT (${failed.join(', ')})` : ''}`,
      files: { [`${GATES_PATH}/${id}.jsonl`]: `${lines.join('\n')}\n` },
    };
  });
}

/**
 * A probe history for the demo's state branch (what `govpages probe` every six hours over the last
 * 30 days would have left): deterministic, no network. The site probe failed for one check and the
 * api was slow for a while. For a generator that seeds the state branch; the build only reads it.
 */
export function gatesDemoState(start: string, lastDay = 180): Record<string, string> {
  const results: ProbeResult[] = [];
  for (let slot = 0; slot < 30 * 4; slot++) {
    const day = lastDay - 30 + Math.floor(slot / 4);
    const hour = (slot % 4) * 6;
    const time = new Date(Date.parse(demoTime(start, day, hour))).toISOString();
    const apiMs = 80 + ((slot * 37) % 90) + (slot >= 60 && slot < 68 ? 420 : 0);
    results.push({
      time,
      probe: 'api',
      type: 'http',
      status: apiMs > 400 ? 'warn' : 'pass',
      response_ms: apiMs,
      http_status: 200,
      message: `http://127.0.0.1:4005/health: 200 in ${apiMs} ms`,
      commit: null,
    });
    const siteDown = slot === 75;
    results.push({
      time,
      probe: 'site',
      type: 'integration',
      status: siteDown ? 'fail' : 'pass',
      response_ms: siteDown ? null : 140 + ((slot * 53) % 120),
      http_status: siteDown ? 502 : 200,
      message: siteDown ? 'Frontend proxy broken: http://127.0.0.1:3103/api/health: HTTP 502' : 'frontend -> backend working',
      commit: null,
    });
    results.push({
      time,
      probe: 'environment',
      type: 'environment',
      status: 'pass',
      response_ms: null,
      http_status: null,
      message: 'all 5 variables set',
      commit: null,
    });
  }
  return { 'gates/probe-history.jsonl': serializeProbeHistory(results) };
}
