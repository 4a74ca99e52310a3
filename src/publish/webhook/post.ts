import { readCappedBody } from '../../core/http-body.ts';

/** At most this much of a receiver's answer is read; the status alone decides. */
export const WEBHOOK_RESPONSE_LIMIT_BYTES = 4096;

export interface PostOptions {
  /** Per attempt, the answer's body included. */
  timeoutMs: number;
  /** Further attempts after the first (bounded: total attempts = retries + 1). */
  retries: number;
  headers?: Record<string, string>;
  fetchImpl?: typeof fetch;
  /** Delay before retry n (1-based) is `backoffMs * 2^(n-1)`; default 500. */
  backoffMs?: number;
}

export interface PostResult {
  ok: boolean;
  attempts: number;
  status?: number;
  error?: string;
}

/**
 * POSTs `body` as JSON. Retries network errors, timeouts, 5xx and 429 with exponential backoff;
 * any other 4xx is final (the request itself is wrong, sending it again will not help). A 3xx is a
 * failed delivery, never followed and never retried: the signed body goes to the configured URL
 * only. Of the answer, at most `WEBHOOK_RESPONSE_LIMIT_BYTES` are read (within the attempt's
 * timeout), then the connection is closed. Errors never contain the URL: webhook URLs carry their
 * secret in the path or query; a redirect is named by its target's host only.
 */
export async function postWebhook(url: string, body: string, options: PostOptions): Promise<PostResult> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const backoff = options.backoffMs ?? 500;
  const attemptsAllowed = Math.max(0, Math.floor(options.retries)) + 1;
  let last: PostResult = { ok: false, attempts: 0 };
  for (let attempt = 1; attempt <= attemptsAllowed; attempt++) {
    if (attempt > 1 && backoff > 0) await sleep(backoff * 2 ** (attempt - 2));
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'govpages', ...options.headers },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      last = { ok: false, attempts: attempt, error: describeFailure(error, options.timeoutMs) };
      continue;
    }
    // The status is the answer; the body is read (a little) only so the exchange ends cleanly.
    await readCappedBody(response, WEBHOOK_RESPONSE_LIMIT_BYTES).catch(() => undefined);
    if (response.ok) return { ok: true, attempts: attempt, status: response.status };
    if (response.status >= 300 && response.status < 400) {
      return { ok: false, attempts: attempt, status: response.status, error: describeRedirect(response, url) };
    }
    last = { ok: false, attempts: attempt, status: response.status, error: `HTTP ${response.status}` };
    if (response.status < 500 && response.status !== 429) return last;
  }
  return last;
}

/** `https://hooks.example.com/services/T0/B0/secret` -> `hooks.example.com`: all a log may show. */
export function webhookHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(invalid URL)';
  }
}

function describeRedirect(response: Response, url: string): string {
  const location = response.headers.get('location');
  let target = 'without a Location';
  if (location !== null) {
    try {
      target = `to ${new URL(location, url).host}`;
    } catch {
      target = 'to an invalid Location';
    }
  }
  return `HTTP ${response.status} redirect ${target}, not followed (the notice is only sent to the configured URL)`;
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const err = error as Error & { cause?: { code?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const code = err.cause?.code;
  // fetch's own messages may quote the URL; keep only the error class and code.
  return code ? `network error (${code})` : `network error (${err.name})`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
