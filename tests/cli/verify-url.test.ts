import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { type Behaviour, MiB, type MisbehavingServer, misbehavingServer, rssGrowth } from '../helpers/misbehaving-servers.ts';
import { buildDir } from '../integrity/_support.ts';

let site: string;
beforeAll(async () => {
  site = (await buildDir()).dir;
});
const servers: MisbehavingServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Serves the build; `path` answers with `behaviour`. */
async function serveSite(path: string, behaviour: Behaviour): Promise<MisbehavingServer> {
  const server = await misbehavingServer((requested) => {
    if (requested === `/${path}`) return behaviour;
    try {
      return { kind: 'answer', status: 200, body: readFileSync(join(site, decodeURIComponent(requested))) };
    } catch {
      return { kind: 'answer', status: 404, body: '' };
    }
  });
  servers.push(server);
  return server;
}

async function verify(args: string[]) {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const code = await main(['verify', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd: process.cwd() });
  return { code, stdout, stderr, ms: performance.now() - started };
}

const CHECKSUMS = 'status/checksums.json';

describe('govpages verify URL: every download bounded, exit 2 with one line naming the file URL and the limit', () => {
  it('an endless body stops at the documented 64 MiB per file; memory stays near that', async () => {
    const server = await serveSite(CHECKSUMS, { kind: 'endless' });
    const { result, growth } = await rssGrowth(() => verify([server.url]));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`govpages verify: error: ${server.url}/${CHECKSUMS}: cannot fetch: body over the 64 MiB limit per file (stopped reading)\n`);
    expect(result.ms).toBeLessThan(20_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // What the server pushed is what was read plus kernel buffers, not the gigabytes of issue 10.
    expect(server.bytesWritten()).toBeLessThan(96 * MiB);
    expect(growth).toBeLessThan(256 * MiB);
  });

  it.each<[string, Behaviour, string[], (server: MisbehavingServer) => string]>([
    ['a slow drip', { kind: 'drip', everyMs: 20 }, ['--timeout', '0.3'], () => 'cannot fetch: no complete answer within 300 ms (--timeout, per file)'],
    ['no headers ever', { kind: 'silent' }, ['--timeout', '0.3'], () => 'cannot fetch: no complete answer within 300 ms (--timeout, per file)'],
    [
      'no headers, past the overall bound',
      { kind: 'silent' },
      ['--total-timeout', '0.4'],
      () => 'cannot fetch: the verification took longer than its overall limit of 400 ms (--total-timeout)',
    ],
    [
      'a huge Content-Length',
      { kind: 'huge-length', length: 2 ** 40 },
      [],
      () => 'cannot fetch: Content-Length 1099511627776 is over the 64 MiB limit per file',
    ],
    ['a connection closed mid-body', { kind: 'cut' }, [], () => 'cannot fetch: the connection closed before the end of the body (UND_ERR_SOCKET)'],
  ])('%s', async (_name, behaviour, flags, message) => {
    const server = await serveSite(CHECKSUMS, behaviour);
    const result = await verify([server.url, ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`govpages verify: error: ${server.url}/${CHECKSUMS}: ${message(server)}\n`);
    expect(result.ms).toBeLessThan(5_000);
  });

  it.each([301, 307])('a %d redirect to another server: exit 2, the other server receives nothing', async (status) => {
    const other = await misbehavingServer(() => ({ kind: 'answer', status: 200, body: '{}' }));
    servers.push(other);
    const server = await serveSite(CHECKSUMS, { kind: 'redirect', status, location: `${other.url}/${CHECKSUMS}` });
    const result = await verify([server.url]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `govpages verify: error: ${server.url}/${CHECKSUMS}: cannot fetch: HTTP ${status} redirect to another origin (${other.url}), not followed: verify the site at its own URL\n`,
    );
    expect(other.received).toHaveLength(0);
  });

  it('the process ends once one file fails: the requests still in flight are aborted', async () => {
    // checksums.json is served, one artifact announces a terabyte, every other file never answers:
    // with --timeout 30 the process would otherwise wait on them after printing the error.
    const checksums = readFileSync(join(site, CHECKSUMS));
    const server = await misbehavingServer((path): Behaviour => {
      if (path === `/${CHECKSUMS}`) return { kind: 'answer', status: 200, body: checksums };
      if (path === '/taxonomy/index.html') return { kind: 'huge-length', length: 2 ** 40 };
      return { kind: 'silent' };
    });
    servers.push(server);
    const started = performance.now();
    const cli = spawn(process.execPath, ['bin/govpages.mjs', 'verify', server.url, '--timeout', '30'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    cli.stderr.on('data', (chunk) => (stderr += chunk));
    const guard = setTimeout(() => cli.kill(), 20_000);
    const code = await new Promise<number | null>((resolve) => cli.on('close', resolve)).finally(() => clearTimeout(guard));
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `govpages verify: error: ${server.url}/taxonomy/index.html: cannot fetch: Content-Length 1099511627776 is over the 64 MiB limit per file\n`,
    );
    expect(server.received.length).toBeGreaterThan(2);
  }, 30_000);
});
