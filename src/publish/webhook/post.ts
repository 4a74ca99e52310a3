export interface PostOptions {
  /** Per attempt. */
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
 * any other 4xx is final (the request itself is wrong, sending it again will not help). Errors
 * never contain the URL: webhook URLs carry their secret in the path or query.
 */
export async function postWebhook(url: string, body: string, options: PostOptions): Promise<PostResult> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const backoff = options.backoffMs ?? 500;
  const attemptsAllowed = Math.max(0, Math.floor(options.retries)) + 1;
  let last: PostResult = { ok: false, attempts: 0 };
  for (let attempt = 1; attempt <= attemptsAllowed; attempt++) {
    if (attempt > 1 && backoff > 0) await sleep(backoff * 2 ** (attempt - 2));
    try {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'govpages', ...options.headers },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      // Drain the body so the connection is released.
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return { ok: true, attempts: attempt, status: response.status };
      last = { ok: false, attempts: attempt, status: response.status, error: `HTTP ${response.status}` };
      if (response.status < 500 && response.status !== 429) return last;
    } catch (error) {
      last = { ok: false, attempts: attempt, error: describeFailure(error, options.timeoutMs) };
    }
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
