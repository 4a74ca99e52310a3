import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { type UrlLimits, urlSource, verifyPublished } from '../../src/integrity/index.ts';
import { type Behaviour, MiB, type MisbehavingServer, misbehavingServer } from '../helpers/misbehaving-servers.ts';
import { buildDir } from './_support.ts';

/** A real signed build; each test serves it with one file misbehaving. */
let site: string;
beforeAll(async () => {
  site = (await buildDir()).dir;
});

const servers: MisbehavingServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Serves the build; `path` (and only it) answers with `behaviour`. */
async function serveSite(path: string, behaviour: Behaviour, prefix = ''): Promise<MisbehavingServer> {
  const server = await misbehavingServer((requested) => (requested === `${prefix}/${path}` ? behaviour : fileOf(requested.slice(prefix.length))));
  servers.push(server);
  return server;
}
function fileOf(path: string): Behaviour {
  try {
    return { kind: 'answer', status: 200, body: readFileSync(join(site, decodeURIComponent(path))) };
  } catch {
    return { kind: 'answer', status: 404, body: '' };
  }
}

/** verify over HTTP with small limits; resolves to the error (an InputError) and the time taken. */
async function failure(url: string, timeoutMs: number, limits: UrlLimits = {}) {
  const started = performance.now();
  const error = await verifyPublished(urlSource(url, timeoutMs, { maxFileBytes: MiB, ...limits }), { pinnedKeys: [], archive: false }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  return { error: error as InputError, ms: performance.now() - started };
}

const FILE = 'taxonomy/index.html';

describe('verify URL reads within bounds (exit 2 naming the file URL and the limit)', () => {
  it('an endless body: stops at the per-file limit, the server could not push much more', async () => {
    const server = await serveSite(FILE, { kind: 'endless' });
    const { error, ms } = await failure(server.url, 10_000);
    expect(error.exitCode).toBe(2);
    expect(error.location.file).toBe(`${server.url}/${FILE}`);
    expect(error.message).toBe('cannot fetch: body over the 1 MiB limit per file (stopped reading)');
    expect(ms).toBeLessThan(5_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.bytesWritten()).toBeLessThan(MiB + 32 * MiB);
  });

  it('a huge Content-Length: refused before reading', async () => {
    const server = await serveSite(FILE, { kind: 'huge-length', length: 10 ** 12 });
    const { error, ms } = await failure(server.url, 10_000);
    expect(error.message).toBe('cannot fetch: Content-Length 1000000000000 is over the 1 MiB limit per file');
    expect(ms).toBeLessThan(3_000);
  });

  it('a slow drip: ends at the per-file timeout', async () => {
    const server = await serveSite(FILE, { kind: 'drip', everyMs: 20 });
    const { error, ms } = await failure(server.url, 300);
    expect(error.location.file).toBe(`${server.url}/${FILE}`);
    expect(error.message).toBe('cannot fetch: no complete answer within 300 ms (--timeout, per file)');
    expect(ms).toBeLessThan(3_000);
  });

  it('no headers ever: ends at the per-file timeout', async () => {
    const server = await serveSite('status/checksums.json', { kind: 'silent' });
    const { error } = await failure(server.url, 300);
    expect(error.location.file).toBe(`${server.url}/status/checksums.json`);
    expect(error.message).toBe('cannot fetch: no complete answer within 300 ms (--timeout, per file)');
  });

  it('the whole verification is bounded too (--total-timeout)', async () => {
    const server = await serveSite(FILE, { kind: 'silent' });
    const { error, ms } = await failure(server.url, 10_000, { totalTimeoutMs: 400 });
    expect(error.message).toBe('cannot fetch: the verification took longer than its overall limit of 400 ms (--total-timeout)');
    expect(ms).toBeLessThan(3_000);
  });

  it('all files together are bounded (the total limit)', async () => {
    const server = await serveSite(FILE, { kind: 'endless' });
    const { error } = await failure(server.url, 10_000, { maxFileBytes: 4 * MiB, maxTotalBytes: 512 * 1024 });
    expect(error.location.file).toBe(`${server.url}/${FILE}`);
    expect(error.message).toBe('cannot fetch: body over the 512 KiB limit for all files together (stopped reading)');
  });

  it('a connection closed mid-body', async () => {
    const server = await serveSite(FILE, { kind: 'cut' });
    const { error } = await failure(server.url, 5_000);
    expect(error.message).toMatch(/^cannot fetch: the connection closed before the end of the body \(\w+\)$/);
  });

  it.each([301, 302, 307, 308])('HTTP %d to another origin: not followed, the other server receives nothing', async (status) => {
    const other = await misbehavingServer(() => ({ kind: 'answer', status: 200, body: 'x' }));
    servers.push(other);
    const server = await serveSite(FILE, { kind: 'redirect', status, location: `${other.url}/${FILE}` });
    const { error } = await failure(server.url, 5_000);
    expect(error.location.file).toBe(`${server.url}/${FILE}`);
    expect(error.message).toBe(`cannot fetch: HTTP ${status} redirect to another origin (${other.url}), not followed: verify the site at its own URL`);
    expect(other.received).toHaveLength(0);
  });

  it('redirects within the origin are followed (at most 5)', async () => {
    const moved = await misbehavingServer((path) =>
      path.startsWith('/new/') ? fileOf(path.slice('/new'.length)) : { kind: 'redirect', status: 301, location: `/new${path}` },
    );
    servers.push(moved);
    const report = await verifyPublished(urlSource(moved.url, 5_000), { pinnedKeys: [], archive: true });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);

    const loop = await serveSite(FILE, { kind: 'redirect', status: 302, location: `/${FILE}` });
    const { error } = await failure(loop.url, 5_000);
    expect(error.message).toBe('cannot fetch: more than 5 redirects');
    expect(loop.received.filter((request) => request.path === `/${FILE}`)).toHaveLength(6);
  });

  it('404 is a missing file (a finding, exit 1), not an error', async () => {
    const server = await serveSite(FILE, { kind: 'answer', status: 404, body: '' });
    const report = await verifyPublished(urlSource(server.url, 5_000), { pinnedKeys: [], archive: false });
    expect(report.problems.map((problem) => [problem.kind, problem.file])).toEqual([['missing', FILE]]);
  });

  it('no more than 8 requests are in flight at once (memory: 8 files of the per-file limit)', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = urlSource('http://127.0.0.1:9/', 5_000, {
      fetchImpl: async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight--;
        return new Response('x');
      },
    });
    await Promise.all(Array.from({ length: 40 }, (_, i) => slow.read(`f${i}`)));
    expect(most).toBe(8);
  });

  it.each([
    ['http://', 'not a valid http(s) URL'],
    ['ftp://example.org/', 'only http:// and https:// URLs can be verified'],
    ['https://user:pw@example.org/', 'a URL with a user name or password is not supported'],
  ])('a bad base URL %s is an input error', (base, message) => {
    expect(() => urlSource(base, 1_000)).toThrow(message);
  });
});
