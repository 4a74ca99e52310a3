import { afterEach, describe, expect, it } from 'vitest';
import { httpProbeSchema } from '../../src/config/sources/gates.ts';
import { PROBE_BODY_LIMIT_BYTES, runHttpCheck, timedFetch } from '../../src/probe/index.ts';
import { type Behaviour, MiB, type MisbehavingServer, misbehavingServer, rssGrowth } from '../helpers/misbehaving-servers.ts';

const servers: MisbehavingServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
async function serve(behave: (path: string) => Behaviour): Promise<MisbehavingServer> {
  const server = await misbehavingServer(behave);
  servers.push(server);
  return server;
}
async function fetchTimed(url: string, timeoutMs: number) {
  const started = performance.now();
  const { result, growth } = await rssGrowth(() => timedFetch(url, { timeoutMs }));
  return { outcome: result, growth, ms: performance.now() - started };
}

describe('probe requests are bounded in size and time', () => {
  it('an endless body: read up to 1 MiB, then the probe fails and the connection is closed', async () => {
    const server = await serve(() => ({ kind: 'endless' }));
    const { outcome, growth, ms } = await fetchTimed(`${server.url}/health`, 10_000);
    expect(outcome).toMatchObject({ ok: false, error: 'response body over 1 MiB (not read further)' });
    expect(PROBE_BODY_LIMIT_BYTES).toBe(MiB);
    expect(ms).toBeLessThan(3_000);
    expect(growth).toBeLessThan(64 * MiB);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.bytesWritten()).toBeLessThan(32 * MiB);
  });

  it('a huge Content-Length fails at once', async () => {
    const server = await serve(() => ({ kind: 'huge-length', length: 10 ** 12 }));
    const { outcome, ms } = await fetchTimed(`${server.url}/health`, 10_000);
    expect(outcome).toMatchObject({ ok: false, error: 'response body over 1 MiB (not read further)' });
    expect(ms).toBeLessThan(2_000);
  });

  it.each<[string, Behaviour]>([
    ['a slow drip', { kind: 'drip', everyMs: 20 }],
    ['no headers ever', { kind: 'silent' }],
  ])('%s: the timeout covers the whole exchange', async (_name, behaviour) => {
    const server = await serve(() => behaviour);
    const { outcome, ms } = await fetchTimed(`${server.url}/health`, 300);
    expect(outcome).toMatchObject({ ok: false, error: 'timed out after 300 ms' });
    expect(ms).toBeLessThan(2_000);
  });

  it('a connection closed mid-body', async () => {
    const server = await serve(() => ({ kind: 'cut' }));
    const { outcome } = await fetchTimed(`${server.url}/health`, 2_000);
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/^connection closed mid-response/) });
  });

  it('a body under the limit is read whole', async () => {
    const body = 'x'.repeat(PROBE_BODY_LIMIT_BYTES);
    const server = await serve(() => ({ kind: 'answer', status: 200, body }));
    const { outcome } = await fetchTimed(`${server.url}/health`, 5_000);
    expect(outcome).toMatchObject({ ok: true, status: 200 });
    expect(outcome.ok && outcome.body.length).toBe(PROBE_BODY_LIMIT_BYTES);
  });

  it('redirects are followed (where users land), to another server too, and a loop ends', async () => {
    const target = await serve(() => ({ kind: 'answer', status: 200, body: '{"ok":true}' }));
    const front = await serve(() => ({ kind: 'redirect', status: 301, location: `${target.url}/health` }));
    expect(await timedFetch(`${front.url}/`, { timeoutMs: 2_000 })).toMatchObject({ ok: true, status: 200, body: '{"ok":true}' });
    const loop = await serve(() => ({ kind: 'redirect', status: 302, location: '/again' }));
    const looped = await timedFetch(`${loop.url}/`, { timeoutMs: 5_000 });
    expect(looped.ok).toBe(false);
    expect(loop.received.length).toBeLessThanOrEqual(21);
  });

  it('an HTTP probe against an endless body fails with the reason, in bounded time', async () => {
    const server = await serve(() => ({ kind: 'endless' }));
    const probe = httpProbeSchema.parse({ name: 'front', url: `${server.url}/`, expect_status: 200 });
    const check = await runHttpCheck(probe, 10_000);
    expect(check.status).toBe('fail');
    expect(check.message).toBe(`${server.url}/: response body over 1 MiB (not read further)`);
  });
});
