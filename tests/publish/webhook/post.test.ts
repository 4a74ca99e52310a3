import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { stableJson } from '../../../src/core/json.ts';
import { decideNotice } from '../../../src/metrics/api/index.ts';
import { EMPTY_NOTICE_STATE } from '../../../src/model/webhook.ts';
import { deliverBuiltNotice, deliverNotice, postWebhook, webhookHost } from '../../../src/publish/webhook/index.ts';

interface Received {
  body: string;
  headers: IncomingMessage['headers'];
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

/** A local webhook receiver answering with `plan[i]` for request i (last entry repeats). */
async function receiver(plan: (number | 'hang')[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ body, headers: request.headers });
      const step = plan[Math.min(received.length - 1, plan.length - 1)]!;
      if (step === 'hang') return; // never answers: the client must time out
      response.writeHead(step).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/T000/secret-token?key=s3cret`, received };
}

const options = { timeoutMs: 2_000, retries: 2, backoffMs: 1 };

describe('postWebhook', () => {
  it('delivers on the first attempt', async () => {
    const { url, received } = await receiver([200]);
    const result = await postWebhook(url, '{"a":1}\n', options);
    expect(result).toEqual({ ok: true, attempts: 1, status: 200 });
    expect(received).toHaveLength(1);
    expect(received[0]!.body).toBe('{"a":1}\n');
    expect(received[0]!.headers['content-type']).toBe('application/json');
  });

  it('retries a 500 and then succeeds', async () => {
    const { url, received } = await receiver([500, 200]);
    expect(await postWebhook(url, '{}', options)).toEqual({ ok: true, attempts: 2, status: 200 });
    expect(received).toHaveLength(2);
  });

  it('retries 429', async () => {
    const { url } = await receiver([429, 429, 204]);
    expect(await postWebhook(url, '{}', options)).toEqual({ ok: true, attempts: 3, status: 204 });
  });

  it('gives up after retries + 1 attempts', async () => {
    const { url, received } = await receiver([503]);
    expect(await postWebhook(url, '{}', options)).toEqual({ ok: false, attempts: 3, status: 503, error: 'HTTP 503' });
    expect(received).toHaveLength(3);
  });

  it.each([400, 401, 404, 410])('does not retry %d', async (status) => {
    const { url, received } = await receiver([status]);
    expect(await postWebhook(url, '{}', options)).toEqual({ ok: false, attempts: 1, status, error: `HTTP ${status}` });
    expect(received).toHaveLength(1);
  });

  it('times out each attempt, and the error never shows the URL', async () => {
    const { url, received } = await receiver(['hang']);
    const result = await postWebhook(url, '{}', { timeoutMs: 150, retries: 1, backoffMs: 1 });
    expect(result).toEqual({ ok: false, attempts: 2, error: 'timed out after 150 ms' });
    expect(received).toHaveLength(2);
  });

  it('reports a refused connection without the URL', async () => {
    const { url } = await receiver([200]);
    await close!();
    close = null;
    const result = await postWebhook(url, '{}', { timeoutMs: 1_000, retries: 0 });
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^network error/);
    expect(result.error).not.toContain('secret');
  });

  it('webhookHost keeps only the host', () => {
    expect(webhookHost('https://hooks.example.com/services/T0/B0/secret?x=1')).toBe('hooks.example.com');
    expect(webhookHost('http://127.0.0.1:8080/x')).toBe('127.0.0.1:8080');
    expect(webhookHost('not a url')).toBe('(invalid URL)');
  });
});

describe('deliverNotice', () => {
  const due = decideNotice(EMPTY_NOTICE_STATE, { semverFail: true, stabilityDrop: false, placeholderAlert: false }, 'a'.repeat(40));
  const state = { 'api/notice-state.json': stableJson(due.state) };
  const payload = '{"event":"governance_notice","sha":"abc1234"}\n';

  it('does nothing without GOVERNANCE_WEBHOOK', async () => {
    const report = await deliverNotice({ payload, state, env: {} });
    expect(report).toMatchObject({ outcome: 'not-configured', attempts: 0, stateUpdates: {} });
  });

  it('does not post when nothing is pending', async () => {
    const { url, received } = await receiver([200]);
    const quiet = { 'api/notice-state.json': stableJson(EMPTY_NOTICE_STATE) };
    const report = await deliverNotice({ payload, state: quiet, env: { GOVERNANCE_WEBHOOK: url } });
    expect(report.outcome).toBe('nothing-due');
    expect(received).toHaveLength(0);
  });

  it('delivers, signs, and clears pending reasons in state', async () => {
    const { url, received } = await receiver([200]);
    const report = await deliverNotice({
      payload,
      state,
      env: { GOVERNANCE_WEBHOOK: url },
      backoffMs: 1,
      sign: (body) => ({ 'x-govpages-signature': `len=${body.length}` }),
    });
    expect(report.outcome).toBe('delivered');
    expect(report.host).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(report.message).not.toContain('secret');
    expect(received[0]!.headers['x-govpages-signature']).toBe(`len=${payload.length}`);
    expect(received[0]!.headers['x-governance-event']).toBe('governance_notice');
    expect(JSON.parse(report.stateUpdates['api/notice-state.json']!)).toEqual({
      version: 1,
      commit: 'a'.repeat(40),
      failing: ['semver_fail'],
      reasons: ['semver_fail'],
      due: ['semver_fail'],
      pending: [],
      last_delivered_sha: 'abc1234',
    });
  });

  it('does not post again what was delivered for the same commit (a rebuild)', async () => {
    const { url, received } = await receiver([200]);
    const deliveredState = { 'api/notice-state.json': stableJson({ ...due.state, last_delivered_sha: 'abc1234' }) };
    const report = await deliverNotice({ payload, state: deliveredState, env: { GOVERNANCE_WEBHOOK: url } });
    expect(report.outcome).toBe('nothing-due');
    expect(received).toHaveLength(0);
  });

  it('keeps the state (pending reasons) when delivery fails, and says so without the secret', async () => {
    const { url } = await receiver([500]);
    const report = await deliverNotice({ payload, state, env: { GOVERNANCE_WEBHOOK: url }, retries: 1, backoffMs: 1 });
    expect(report.outcome).toBe('failed');
    expect(report.attempts).toBe(2);
    expect(JSON.parse(report.stateUpdates['api/notice-state.json']!)).toMatchObject({
      due: ['semver_fail'],
      pending: ['semver_fail'],
      last_delivered_sha: null,
    });
    expect(report.message).toContain('semver_fail kept for the next build');
    expect(report.message).not.toContain('secret');
  });
});

describe('deliverBuiltNotice', () => {
  const due = decideNotice(EMPTY_NOTICE_STATE, { semverFail: true, stabilityDrop: false, placeholderAlert: false }, 'a'.repeat(40));
  const payload = '{"event":"governance_notice","sha":"abc1234"}\n';

  it('is null for a build that published no payload', async () => {
    expect(
      await deliverBuiltNotice({ files: [{ path: 'status/other.json', content: '{}' }], state: {}, env: { GOVERNANCE_WEBHOOK: 'http://127.0.0.1:9/' } }),
    ).toBeNull();
  });

  it('posts the published bytes (string or bytes) with the state of a Map', async () => {
    const { url, received } = await receiver([200]);
    const report = await deliverBuiltNotice({
      files: [{ path: 'status/webhook-payload.json', content: new TextEncoder().encode(payload) }],
      state: new Map([['api/notice-state.json', stableJson(due.state)]]),
      env: { GOVERNANCE_WEBHOOK: url },
    });
    expect(report).toMatchObject({ outcome: 'delivered', attempts: 1 });
    expect(received.map((request) => request.body)).toEqual([payload]);
  });
});
