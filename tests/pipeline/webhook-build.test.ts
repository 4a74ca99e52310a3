import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoRepository } from '../../src/demo/index.ts';
import { openRepository, readStateBranch } from '../../src/git/index.ts';
import { build } from '../../src/pipeline/build.ts';
import { tempDir } from '../helpers/git.ts';

interface Received {
  body: string;
  headers: IncomingMessage['headers'];
}

let server: Server | null = null;
afterEach(() => server?.close());

/** A receiver on 127.0.0.1 that answers with the given statuses in turn (then 200). */
async function receiver(statuses: number[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ body, headers: request.headers });
      response.statusCode = statuses.shift() ?? 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/hooks/secret-token`, received };
}

/** The demo repository with one more commit: an operation removed without a major bump. */
function breakingDemo(): string {
  const repo = createDemoRepository(join(tempDir(), 'repo')).dir;
  const spec = readFileSync(join(repo, 'openapi.yaml'), 'utf8');
  const start = spec.indexOf('  /pets/{petId}/photos:');
  const end = spec.indexOf('\ncomponents:');
  expect(start).toBeGreaterThan(0);
  writeFileSync(join(repo, 'openapi.yaml'), spec.slice(0, start) + spec.slice(end + 1));
  const env = { ...process.env, GIT_AUTHOR_DATE: '2026-11-20T09:00:00Z', GIT_COMMITTER_DATE: '2026-11-20T09:00:00Z' };
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-am', 'Remove photos'], { cwd: repo, env });
  return repo;
}

const NOW = '2026-11-21T00:00:00Z';
const SEED = Buffer.alloc(32, 7).toString('base64');

describe('the build POSTs the governance_notice webhook', () => {
  it('delivers the published payload, signed, once per commit', async () => {
    const repo = breakingDemo();
    const { url, received } = await receiver([]);
    const out = join(tempDir(), 'dist');
    const env = { GOVERNANCE_WEBHOOK: url, GOV_SIGNING_PRIVATE_KEY: SEED };
    await build({ repoDir: repo, outDir: out, now: NOW, env });
    expect(received).toHaveLength(1);
    const payload = JSON.parse(received[0]!.body);
    expect(payload).toMatchObject({ event: 'governance_notice', version: 1, semver_status: 'fail' });
    expect(payload.reasons).toContain('semver_fail');
    expect(received[0]!.body).toBe(readFileSync(join(out, 'status/webhook-payload.json'), 'utf8'));
    expect(received[0]!.headers['x-govpages-signature']).toMatch(/^ed25519=/);
    // The same commit built again has nothing new to announce.
    await build({ repoDir: repo, outDir: out, now: NOW, env });
    expect(received).toHaveLength(1);
  });

  it('does not POST from a build that keeps no state (--no-state)', async () => {
    const repo = breakingDemo();
    const { url, received } = await receiver([]);
    await build({ repoDir: repo, outDir: join(tempDir(), 'dist'), now: NOW, env: { GOVERNANCE_WEBHOOK: url }, writeState: false });
    expect(received).toHaveLength(0);
  });

  it('keeps a notice whose POST failed and announces it on the next build', async () => {
    const repo = breakingDemo();
    const { url, received } = await receiver([500, 500, 500, 500]);
    const out = join(tempDir(), 'dist');
    const env = { GOVERNANCE_WEBHOOK: url };
    const first = await build({ repoDir: repo, outDir: out, now: NOW, env });
    expect(first.model.verdict.status).toBe('fail');
    // One attempt and `webhook_retries` (default 3) retries, then the build carries on.
    expect(received).toHaveLength(4);
    const state = await readStateBranch(await openRepository(repo), 'govpages-state');
    expect([...state.values()].join('\n')).not.toContain('secret-token');
    const attempts = received.length;
    await build({ repoDir: repo, outDir: out, now: NOW, env });
    expect(received.length).toBe(attempts + 1);
    expect(JSON.parse(received.at(-1)!.body).reasons).toContain('semver_fail');
  });
});
