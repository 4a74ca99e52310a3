import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { environmentProbeSchema, httpProbeSchema, integrationProbeSchema, probesSchema } from '../../src/config/sources/gates.ts';
import { checkEnvironment, compareResponses, formatProbeReport, probeReportJson, runHttpCheck, runIntegrationCheck, runProbes } from '../../src/probe/index.ts';
import { json, type LocalServer, localServer, slow } from './local-servers.ts';

const HEALTH = { ok: true, service: 'backend', checks: { db: 'healthy' } };
let backend: LocalServer;
let goodProxy: LocalServer;
let brokenProxy: LocalServer;
let otherBodyProxy: LocalServer;
let slowServer: LocalServer;
let deadUrl: string;

beforeAll(async () => {
  backend = await localServer(json(200, HEALTH));
  // Key order differs: the comparison is by JSON value, not by text.
  goodProxy = await localServer(json(200, { checks: { db: 'healthy' }, service: 'backend', ok: true }));
  brokenProxy = await localServer(json(404, { error: 'Not Found' }));
  otherBodyProxy = await localServer(json(200, { ok: false, service: 'stale-backend' }));
  slowServer = await localServer(slow(2_000, HEALTH));
  const dead = await localServer(json(200, {}));
  deadUrl = dead.url;
  await dead.close();
});

afterAll(async () => {
  await Promise.all([backend, goodProxy, brokenProxy, otherBodyProxy, slowServer].map((server) => server.close()));
});

const integration = (frontend: string, extra: Record<string, unknown> = {}, backendUrl = backend.url) =>
  integrationProbeSchema.parse({ name: 'site', backend: backendUrl, frontend, ...extra });

describe("integration check (seed 001's INTEGRATION_CONNECTIVITY)", () => {
  it('healthy backend and working proxy -> pass (status and JSON body match)', async () => {
    const check = await runIntegrationCheck(integration(goodProxy.url), 1_000);
    expect(check.status).toBe('pass');
    expect(check.http_status).toBe(200);
    expect(check.steps).toEqual([
      expect.stringMatching(/^Backend direct: OK \(200 in \d+ ms\)$/),
      expect.stringMatching(/^Frontend proxy: OK/),
      'Response consistency: OK (status and body match)',
    ]);
  });

  it('broken proxy returning 404 -> fail: production broken for users although the backend works', async () => {
    const check = await runIntegrationCheck(integration(brokenProxy.url), 1_000);
    expect(check.status).toBe('fail');
    expect(check.message).toMatch(/^Frontend proxy broken: .*\/health: HTTP 404; the backend works directly/);
    expect(check.http_status).toBe(404);
    expect(check.steps[0]).toMatch(/^Backend direct: OK/);
  });

  it('proxy returning a different body -> fail', async () => {
    const check = await runIntegrationCheck(integration(otherBodyProxy.url), 1_000);
    expect(check.status).toBe('fail');
    expect(check.message).toBe('Frontend proxy returns an unexpected response: JSON body differs from the direct response');
  });

  it('a different body passes when only the status is compared', async () => {
    expect((await runIntegrationCheck(integration(otherBodyProxy.url, { compare: 'status' }), 1_000)).status).toBe('pass');
  });

  it('slow front door past the timeout -> fail naming the timeout', async () => {
    const check = await runIntegrationCheck(integration(slowServer.url, { timeout_ms: 200 }), 10_000);
    expect(check.status).toBe('fail');
    expect(check.message).toMatch(/Frontend proxy broken: .*: timed out after 200 ms/);
  });

  it('backend down -> fail at the first step, the front door is not tried', async () => {
    const check = await runIntegrationCheck(integration(goodProxy.url, {}, deadUrl), 1_000);
    expect(check.status).toBe('fail');
    expect(check.message).toMatch(/^Backend direct health check failed: .*request failed/);
    expect(check.steps).toHaveLength(1);
  });
});

describe('HTTP check', () => {
  it.each([
    { name: 'healthy', probe: () => ({ url: `${backend.url}/health`, body_contains: '"ok":true' }), status: 'pass' },
    { name: '404', probe: () => ({ url: `${brokenProxy.url}/health` }), status: 'fail', message: /returned 404 \(expected 200\)/ },
    { name: 'expected 404', probe: () => ({ url: `${brokenProxy.url}/x`, expect_status: 404 }), status: 'pass' },
    {
      name: 'body text missing',
      probe: () => ({ url: `${otherBodyProxy.url}/health`, body_contains: '"ok":true' }),
      status: 'fail',
      message: /without "\\"ok\\":true"/,
    },
    { name: 'slow past timeout', probe: () => ({ url: `${slowServer.url}/`, timeout_ms: 150 }), status: 'fail', message: /timed out after 150 ms/ },
    { name: 'slow warning', probe: () => ({ url: `${slowServer.url}/`, timeout_ms: 5_000, slow_ms: 100 }), status: 'warn', message: /is slow/ },
  ])('$name -> $status', async ({ probe, status, message }) => {
    const check = await runHttpCheck(httpProbeSchema.parse({ name: 'p', ...probe() }), 1_000);
    expect(check.status).toBe(status);
    if (message) expect(check.message).toMatch(message);
  });
});

describe("environment check (seed 000's CRITICAL / REQUIRED / OPTIONAL)", () => {
  const SECRET = 's3cr3t-Pa55word-value';
  const config = environmentProbeSchema.parse({ critical: ['DB_PASSWORD', 'API_KEY'], required: ['NODE_ENV'], optional: ['LOG_LEVEL'] });
  it.each([
    { env: { DB_PASSWORD: SECRET, API_KEY: SECRET, NODE_ENV: 'production', LOG_LEVEL: 'info' }, status: 'pass', message: 'all 4 variables set' },
    { env: { DB_PASSWORD: SECRET, API_KEY: SECRET, NODE_ENV: 'production' }, status: 'pass', message: 'OPTIONAL empty (defaults apply): LOG_LEVEL' },
    {
      env: { DB_PASSWORD: SECRET, API_KEY: SECRET, NODE_ENV: '  ' },
      status: 'warn',
      message: 'REQUIRED empty: NODE_ENV; OPTIONAL empty (defaults apply): LOG_LEVEL',
    },
    { env: { DB_PASSWORD: '', API_KEY: SECRET, NODE_ENV: 'x', LOG_LEVEL: 'x' }, status: 'fail', message: 'CRITICAL empty: DB_PASSWORD' },
  ])('$message -> $status, and no value ever appears', ({ env, status, message }) => {
    const check = checkEnvironment(config, env);
    expect([check.status, check.message]).toEqual([status, message]);
    const everything =
      JSON.stringify(check) +
      formatProbeReport({ checks: [check], passed: 0, warned: 0, failed: 0, verdict: 'ALLOW', suite_verdict: 'APPROVED', exit_code: 0 });
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain('production');
  });
});

describe('runProbes (suite verdict and exit code)', () => {
  it.each([
    {
      name: 'all healthy -> APPROVED 0',
      setup: () => ({ integration: [{ name: 'site', backend: backend.url, frontend: goodProxy.url }], environment: { critical: ['A'] } }),
      env: { A: 'x' },
      strict: false,
      verdict: ['ALLOW', 'APPROVED', 0],
    },
    {
      name: 'a REQUIRED variable empty -> CAUTION 2',
      setup: () => ({ http: [{ name: 'api', url: `${backend.url}/health` }], environment: { required: ['B'] } }),
      env: {},
      strict: false,
      verdict: ['ALLOW', 'CAUTION', 2],
    },
    {
      name: 'same with --strict -> BLOCKED 1',
      setup: () => ({ http: [{ name: 'api', url: `${backend.url}/health` }], environment: { required: ['B'] } }),
      env: {},
      strict: true,
      verdict: ['REJECT', 'BLOCKED', 1],
    },
    {
      name: 'broken proxy -> BLOCKED 1',
      setup: () => ({ integration: [{ name: 'site', backend: backend.url, frontend: brokenProxy.url }] }),
      env: {},
      strict: false,
      verdict: ['REJECT', 'BLOCKED', 1],
    },
  ])('$name', async ({ setup, env, strict, verdict }) => {
    const report = await runProbes(probesSchema.parse({ timeout_ms: 1_000, ...setup() }), env, strict);
    expect([report.verdict, report.suite_verdict, report.exit_code]).toEqual(verdict);
    const text = formatProbeReport(report);
    expect(text).toMatch(new RegExp(`\\n${verdict[0]}\\n`));
    expect(text).toMatch(/Result: \d+ \/ \d+ passed\./);
    expect(probeReportJson(report, '2026-01-13T00:00:00.000Z')).toMatchObject({ exit_code: verdict[2], suite_verdict: verdict[1] });
  });
});

describe('compareResponses', () => {
  it.each([
    [{ status: 200, body: '{"a":1,"b":2}' }, { status: 200, body: '{"b":2,"a":1}' }, 'body', [], null],
    [{ status: 200, body: '{"a":1,"t":1}' }, { status: 200, body: '{"a":1,"t":2}' }, 'body', ['t'], null],
    [{ status: 200, body: '{"a":1,"t":1}' }, { status: 200, body: '{"a":1,"t":2}' }, 'body', [], 'JSON body differs from the direct response'],
    [{ status: 200, body: 'ok' }, { status: 200, body: 'ok ' }, 'body', [], 'body differs from the direct response'],
    [{ status: 200, body: 'ok' }, { status: 204, body: 'ok' }, 'status', [], 'status differs: direct 200, through the front door 204'],
  ] as const)('%j vs %j (%s, ignore %j) -> %s', (a, b, mode, ignore, result) => {
    expect(compareResponses(a, b, mode, ignore)).toBe(result);
  });
});
