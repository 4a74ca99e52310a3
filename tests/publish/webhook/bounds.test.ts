import { afterEach, describe, expect, it } from 'vitest';
import { stableJson } from '../../../src/core/json.ts';
import { decideNotice } from '../../../src/metrics/api/index.ts';
import { EMPTY_NOTICE_STATE } from '../../../src/model/webhook.ts';
import { deliverNotice, postWebhook, WEBHOOK_RESPONSE_LIMIT_BYTES } from '../../../src/publish/webhook/index.ts';
import { type Behaviour, MiB, type MisbehavingServer, misbehavingServer, rssGrowth } from '../../helpers/misbehaving-servers.ts';

const servers: MisbehavingServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
async function serve(behaviour: Behaviour): Promise<MisbehavingServer> {
  const server = await misbehavingServer(() => behaviour);
  servers.push(server);
  return server;
}
const SECRET_PATH = '/hooks/T000/s3cret-token?key=s3cret';

/** postWebhook against `server`, timed. */
async function post(server: MisbehavingServer, options: { timeoutMs: number; retries: number }) {
  const started = performance.now();
  const { result, growth } = await rssGrowth(() => postWebhook(`${server.url}${SECRET_PATH}`, '{"event":"governance_notice"}', { ...options, backoffMs: 1 }));
  return { result, growth, ms: performance.now() - started };
}

describe('the webhook reads a bounded answer', () => {
  it('an endless 200 is read for at most a few KB, then the connection is closed: delivered, fast, memory flat', async () => {
    const server = await serve({ kind: 'endless' });
    const { result, growth, ms } = await post(server, { timeoutMs: 10_000, retries: 2 });
    expect(result).toEqual({ ok: true, attempts: 1, status: 200 });
    expect(ms).toBeLessThan(3_000);
    // The server could only hand its kernel buffers what was never read: far from gigabytes.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.bytesWritten()).toBeLessThan(32 * MiB);
    expect(growth).toBeLessThan(64 * MiB);
    expect(WEBHOOK_RESPONSE_LIMIT_BYTES).toBeLessThanOrEqual(16 * 1024);
  });

  it('a huge Content-Length is not waited for: delivered at once', async () => {
    const server = await serve({ kind: 'huge-length', length: 10 ** 12 });
    const { result, ms } = await post(server, { timeoutMs: 5_000, retries: 0 });
    expect(result).toEqual({ ok: true, attempts: 1, status: 200 });
    expect(ms).toBeLessThan(2_000);
  });

  it('a 200 dripping its body is delivered once the attempt ends (the status decides), never past the timeout', async () => {
    const server = await serve({ kind: 'drip', everyMs: 20 });
    const { result, ms } = await post(server, { timeoutMs: 400, retries: 2 });
    expect(result).toEqual({ ok: true, attempts: 1, status: 200 });
    expect(ms).toBeLessThan(2_000);
  });

  it('a 503 dripping its body: each attempt ends at its timeout and is retried, bounded', async () => {
    const server = await serve({ kind: 'drip', status: 503, everyMs: 20 });
    const { result, ms } = await post(server, { timeoutMs: 300, retries: 1 });
    expect(result).toEqual({ ok: false, attempts: 2, status: 503, error: 'HTTP 503' });
    expect(server.received).toHaveLength(2);
    expect(ms).toBeLessThan(3_000);
  });

  it('a receiver that never sends headers: each attempt times out, retries are bounded', async () => {
    const server = await serve({ kind: 'silent' });
    const { result, ms } = await post(server, { timeoutMs: 200, retries: 2 });
    expect(result).toEqual({ ok: false, attempts: 3, error: 'timed out after 200 ms' });
    expect(server.received).toHaveLength(3);
    expect(ms).toBeLessThan(3_000);
  });

  it.each([
    [200, { ok: true, attempts: 1, status: 200 }],
    [500, { ok: false, attempts: 2, status: 500, error: 'HTTP 500' }],
  ])('a connection closed mid-body after %d: the status decides', async (status, expected) => {
    const server = await serve({ kind: 'cut', status });
    const { result } = await post(server, { timeoutMs: 2_000, retries: 1 });
    expect(result).toEqual(expected);
  });
});

describe('the webhook never follows a redirect', () => {
  it.each([301, 302, 303, 307, 308])('HTTP %d to another server: failed, not retried, the target receives nothing, only its host is named', async (status) => {
    const target = await serve({ kind: 'answer', status: 200, body: 'ok' });
    const server = await serve({ kind: 'redirect', status, location: `${target.url}/elsewhere/other-secret?token=t0ken` });
    const { result } = await post(server, { timeoutMs: 2_000, retries: 3 });
    expect(result).toEqual({
      ok: false,
      attempts: 1,
      status,
      error: `HTTP ${status} redirect to ${target.host}, not followed (the notice is only sent to the configured URL)`,
    });
    expect(server.received).toHaveLength(1);
    expect(target.received).toHaveLength(0);
    expect(result.error).not.toMatch(/secret|elsewhere|t0ken/);
  });

  it.each([
    ['/same/host/path', (server: MisbehavingServer) => `HTTP 307 redirect to ${server.host}, not followed`],
    ['http://[bad', () => 'HTTP 307 redirect to an invalid Location, not followed'],
    [null, () => 'HTTP 307 redirect without a Location, not followed'],
  ])('a relative or missing Location (%s) is named without its path', async (location, expected) => {
    const server = await misbehavingServer(() => (location === null ? { kind: 'answer', status: 307, body: '' } : { kind: 'redirect', status: 307, location }));
    servers.push(server);
    const { result } = await post(server, { timeoutMs: 2_000, retries: 2 });
    expect(result.error).toContain(expected(server));
    expect(result.error).not.toContain('path');
    expect(result.attempts).toBe(1);
  });
});

describe('deliverNotice over a misbehaving receiver', () => {
  const due = decideNotice(EMPTY_NOTICE_STATE, { semverFail: true, stabilityDrop: false, placeholderAlert: false }, 'a'.repeat(40));
  const state = { 'api/notice-state.json': stableJson(due.state) };
  const payload = '{"event":"governance_notice","sha":"abc1234"}\n';

  it('a redirect is a failed delivery: one line, one "webhook:" prefix, the reasons kept, no secret', async () => {
    const target = await serve({ kind: 'answer', status: 200, body: 'ok' });
    const server = await serve({ kind: 'redirect', status: 307, location: `${target.url}/x` });
    const report = await deliverNotice({
      payload,
      state,
      env: { GOVERNANCE_WEBHOOK: `${server.url}${SECRET_PATH}` },
      backoffMs: 1,
      sign: () => ({ 'x-govpages-signature': 'sig' }),
    });
    expect(report.outcome).toBe('failed');
    expect(report.message).toBe(
      `webhook: delivery to ${server.host} failed after 1 attempt: HTTP 307 redirect to ${target.host}, not followed (the notice is only sent to the configured URL); semver_fail kept for the next build`,
    );
    expect(report.message.match(/webhook:/g)).toHaveLength(1);
    expect(target.received).toHaveLength(0);
    expect(JSON.parse(report.stateUpdates['api/notice-state.json']!)).toMatchObject({ pending: ['semver_fail'] });
  });

  it('an endless 200 is delivered in one short attempt', async () => {
    const server = await serve({ kind: 'endless' });
    const started = performance.now();
    const report = await deliverNotice({ payload, state, env: { GOVERNANCE_WEBHOOK: `${server.url}${SECRET_PATH}` } });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(report).toMatchObject({ outcome: 'delivered', attempts: 1, status: 200 });
    expect(report.message).toBe(`webhook: delivered semver_fail to ${server.host} (1 attempt)`);
  });
});
