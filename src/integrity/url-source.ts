import { InputError } from '../core/errors.ts';
import { formatByteLimit, readCappedBody } from '../core/http-body.ts';
import type { PublishedSource } from './sources.ts';

/** Largest file `verify URL` downloads (the largest file of a large portfolio's build is a few MiB). */
export const URL_FILE_LIMIT_BYTES = 64 * 2 ** 20;
/** Most bytes one verification downloads, all files together. */
export const URL_TOTAL_LIMIT_BYTES = 2 ** 30;
/** Default bound on one whole verification over HTTP (`--total-timeout`). */
export const URL_TOTAL_TIMEOUT_MS = 600_000;
/** Redirects followed for one file, each within the origin of the URL given. */
export const URL_MAX_REDIRECTS = 5;
/** Requests in flight at once: memory holds at most this many files of `maxFileBytes`. */
export const URL_PARALLEL_REQUESTS = 8;

export interface UrlLimits {
  /** Bound on the whole verification, from the first request (default `URL_TOTAL_TIMEOUT_MS`). */
  totalTimeoutMs?: number;
  maxFileBytes?: number;
  maxTotalBytes?: number;
  fetchImpl?: typeof fetch;
}

/**
 * A published site over HTTP(S), read within bounds: each file within `timeoutMs` (body and
 * redirects included) and `maxFileBytes`, all files within `totalTimeoutMs` and `maxTotalBytes`,
 * at most `URL_PARALLEL_REQUESTS` at once, so a server that sends an endless or huge body, drips
 * it, or never answers costs bounded time and memory. Redirects are followed only within the
 * origin of `base` (at most `URL_MAX_REDIRECTS`). 404 and 410 mean "missing"; anything else that
 * keeps a file from being read is an InputError (exit 2) naming its URL and the limit it hit:
 * nothing is proven about files that could not be read.
 */
export function urlSource(base: string, timeoutMs: number, limits: UrlLimits = {}): PublishedSource {
  const root = parseBase(base);
  const fetchImpl = limits.fetchImpl ?? fetch;
  const totalTimeoutMs = limits.totalTimeoutMs ?? URL_TOTAL_TIMEOUT_MS;
  const maxFileBytes = limits.maxFileBytes ?? URL_FILE_LIMIT_BYTES;
  const maxTotalBytes = limits.maxTotalBytes ?? URL_TOTAL_LIMIT_BYTES;
  const slots = semaphore(URL_PARALLEL_REQUESTS);
  let deadline: AbortSignal | null = null;
  let downloaded = 0;
  // The first file that cannot be read ends the verification: the requests still in flight are
  // aborted and no new one starts, so the process is not kept alive fetching what no one awaits.
  const stop = new AbortController();
  let stopped: InputError | null = null;

  async function read(path: string): Promise<Uint8Array | null> {
    if (stopped) throw stopped;
    deadline ??= AbortSignal.timeout(totalTimeoutMs);
    const requested = new URL(path.split('/').map(encodeURIComponent).join('/'), root);
    const fail = (reason: string) => new InputError(`cannot fetch: ${reason}`, { file: requested.href });
    const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), deadline, stop.signal]);
    let phase: 'request' | 'body' = 'request';
    try {
      let url = requested;
      for (let redirects = 0; ; redirects++) {
        const response = await fetchImpl(url, { signal, redirect: 'manual' });
        if (response.status >= 300 && response.status < 400) {
          await response.body?.cancel().catch(() => undefined);
          url = sameOriginTarget(response, url, root, redirects, fail);
          continue;
        }
        if (response.status === 404 || response.status === 410) {
          await response.body?.cancel().catch(() => undefined);
          return null;
        }
        if (!response.ok) {
          await response.body?.cancel().catch(() => undefined);
          throw fail(`HTTP ${response.status}`);
        }
        phase = 'body';
        const room = Math.max(0, maxTotalBytes - downloaded);
        const body = await readCappedBody(response, Math.min(maxFileBytes, room));
        downloaded += body.bytes.byteLength;
        if (body.over) {
          const limit =
            room < maxFileBytes ? `${formatByteLimit(maxTotalBytes)} limit for all files together` : `${formatByteLimit(maxFileBytes)} limit per file`;
          throw fail(overLimit(body.declared, limit));
        }
        return body.bytes;
      }
    } catch (error) {
      if (stopped) throw stopped;
      if (error instanceof InputError) throw halt(error);
      if (deadline.aborted) throw halt(fail(`the verification took longer than its overall limit of ${duration(totalTimeoutMs)} (--total-timeout)`));
      if (signal.aborted) throw halt(fail(`no complete answer within ${duration(timeoutMs)} (--timeout, per file)`));
      const code = (error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      throw halt(fail(phase === 'body' ? `the connection closed before the end of the body (${code})` : `no answer (${code})`));
    }
  }

  function halt(error: InputError): InputError {
    stopped = error;
    stop.abort();
    return error;
  }

  return {
    label: root.href,
    read: (path) => slots(() => read(path)),
    async list() {
      return null;
    },
  };
}

function parseBase(base: string): URL {
  let root: URL;
  try {
    root = new URL(base.endsWith('/') ? base : `${base}/`);
  } catch {
    throw new InputError('not a valid http(s) URL');
  }
  if (root.protocol !== 'http:' && root.protocol !== 'https:') throw new InputError('only http:// and https:// URLs can be verified', { file: root.origin });
  if (root.username || root.password) throw new InputError('a URL with a user name or password is not supported', { file: root.host });
  root.search = '';
  root.hash = '';
  return root;
}

/** The next URL of a redirect, when it stays within `root`'s origin and under the hop limit. */
function sameOriginTarget(response: Response, from: URL, root: URL, redirects: number, fail: (reason: string) => InputError): URL {
  const location = response.headers.get('location');
  let target: URL;
  try {
    if (location === null) throw new Error('no Location');
    target = new URL(location, from);
  } catch {
    throw fail(`HTTP ${response.status} redirect without a valid Location`);
  }
  if (target.origin !== root.origin) {
    throw fail(`HTTP ${response.status} redirect to another origin (${target.origin}), not followed: verify the site at its own URL`);
  }
  if (redirects >= URL_MAX_REDIRECTS) throw fail(`more than ${URL_MAX_REDIRECTS} redirects`);
  return target;
}

function overLimit(declared: number | null, limit: string): string {
  return declared !== null ? `Content-Length ${declared} is over the ${limit}` : `body over the ${limit} (stopped reading)`;
}

function duration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** Runs at most `size` tasks at once, the others wait in order. */
function semaphore(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
