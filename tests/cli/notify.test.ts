import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nacl from 'tweetnacl';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { verifyWebhookBody } from '../../src/integrity/webhook-signature.ts';
import { type MisbehavingServer, misbehavingServer } from '../helpers/misbehaving-servers.ts';

const PAYLOAD = `${JSON.stringify(
  {
    event: 'governance_notice',
    version: 1,
    sha: 'abc1234',
    semver_status: 'fail',
    stability_ratio: 0.75,
    reasons: ['semver_fail'],
    operations: { added: 0, removed: 1 },
  },
  null,
  2,
)}\n`;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function site(payload: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'govpages-notify-'));
  dirs.push(dir);
  if (payload !== null) {
    mkdirSync(join(dir, 'status'));
    writeFileSync(join(dir, 'status', 'webhook-payload.json'), payload);
  }
  return dir;
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});
async function receiver(status: number): Promise<{ url: string; received: { body: string; headers: IncomingMessage['headers'] }[] }> {
  const received: { body: string; headers: IncomingMessage['headers'] }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ body, headers: request.headers });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook/s3cret-token`, received };
}

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(['notify', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd: process.cwd() });
  return { code, stdout, stderr };
}

describe('govpages notify', () => {
  it('POSTs the payload bytes to GOVERNANCE_WEBHOOK and prints only the host', async () => {
    const { url, received } = await receiver(200);
    const result = await run(['--dir', site(PAYLOAD)], { GOVERNANCE_WEBHOOK: url });
    expect(result.code).toBe(0);
    expect(received[0]!.body).toBe(PAYLOAD);
    expect(result.stdout).toMatch(/^delivered governance_notice to 127\.0\.0\.1:\d+ \(HTTP 200, 1 attempt\)\n$/);
    expect(result.stdout + result.stderr).not.toContain('s3cret');
  });

  it('--url wins over the environment, and the body is signed when GOV_SIGNING_PRIVATE_KEY is set', async () => {
    const { url, received } = await receiver(204);
    const seed = new Uint8Array(32).fill(7);
    const env = { GOVERNANCE_WEBHOOK: 'http://127.0.0.1:1/unused', GOV_SIGNING_PRIVATE_KEY: Buffer.from(seed).toString('base64') };
    const result = await run(['--dir', site(PAYLOAD), '--url', url, '--json'], env);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ delivered: true, attempts: 1, status: 204 });
    const publicKey = nacl.sign.keyPair.fromSeed(seed).publicKey;
    expect(verifyWebhookBody(PAYLOAD, String(received[0]!.headers['x-govpages-signature']), publicKey)).toBe(true);
  });

  it('exits 1 when the receiver refuses (4xx, not retried)', async () => {
    const { url, received } = await receiver(403);
    const result = await run(['--dir', site(PAYLOAD), '--retries', '3'], { GOVERNANCE_WEBHOOK: url });
    expect(result.code).toBe(1);
    expect(received).toHaveLength(1);
    expect(result.stderr).toContain('HTTP 403');
    expect(result.stderr).not.toContain('s3cret');
  });

  describe('against a misbehaving receiver', () => {
    const hostile: MisbehavingServer[] = [];
    afterEach(async () => {
      await Promise.all(hostile.splice(0).map((server) => server.close()));
    });

    it('a 307 to another host: exit 1 naming the status and the host only; the signed body goes nowhere else', async () => {
      const elsewhere = await misbehavingServer(() => ({ kind: 'answer', status: 200, body: 'ok' }));
      const hook = await misbehavingServer(() => ({ kind: 'redirect', status: 307, location: `${elsewhere.url}/steal/s3cret-path` }));
      hostile.push(elsewhere, hook);
      const env = { GOV_SIGNING_PRIVATE_KEY: Buffer.from(new Uint8Array(32).fill(7)).toString('base64') };
      const result = await run(['--dir', site(PAYLOAD), '--url', `${hook.url}/hook/s3cret-token`, '--retries', '3'], env);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `govpages notify: delivery to ${hook.host} failed after 1 attempt: HTTP 307 redirect to ${elsewhere.host}, not followed (the notice is only sent to the configured URL)\n`,
      );
      expect(hook.received).toHaveLength(1);
      expect(elsewhere.received).toHaveLength(0);
    });

    it('an endless 200: delivered after reading a few KB, in one short attempt', async () => {
      const hook = await misbehavingServer(() => ({ kind: 'endless' }));
      hostile.push(hook);
      const started = performance.now();
      const result = await run(['--dir', site(PAYLOAD), '--url', `${hook.url}/hook/s3cret-token`, '--timeout-ms', '10000']);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`delivered governance_notice to ${hook.host} (HTTP 200, 1 attempt)\n`);
      expect(performance.now() - started).toBeLessThan(3_000);
    });

    it('a receiver that never answers: exit 1 after the bounded attempts', async () => {
      const hook = await misbehavingServer(() => ({ kind: 'silent' }));
      hostile.push(hook);
      const result = await run(['--dir', site(PAYLOAD), '--url', `${hook.url}/hook/s3cret-token`, '--timeout-ms', '200', '--retries', '1']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^govpages notify: delivery to 127\.0\.0\.1:\d+ failed after 2 attempts: timed out after 200 ms\n$/);
      expect(hook.received).toHaveLength(2);
    });
  });

  it.each([
    ['no URL', null, [], {}, /no webhook URL/],
    ['no payload', 'none', [], { GOVERNANCE_WEBHOOK: 'http://127.0.0.1:1/x' }, /no webhook payload/],
    [
      'a payload receivers would reject',
      '{"event":"governance_notice","version":1}',
      [],
      { GOVERNANCE_WEBHOOK: 'http://127.0.0.1:1/x' },
      /webhook-payload\.json: \$\.sha/,
    ],
    ['a bad --retries', null, ['--retries', 'x'], { GOVERNANCE_WEBHOOK: 'http://127.0.0.1:1/x' }, /--retries must be an integer/],
  ] as const)('exits 2 on %s', async (_, payload, args, env, message) => {
    const dir = site(payload === 'none' ? null : (payload ?? PAYLOAD));
    const result = await run(['--dir', dir, ...args], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
