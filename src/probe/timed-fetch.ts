/** What one HTTP request gave: a response read in full, or why there was none. */
export type FetchOutcome = { ok: true; status: number; body: string; ms: number } | { ok: false; error: string; ms: number };

/**
 * One request with a hard timeout covering the whole exchange, body included (node's fetch with
 * `AbortSignal.timeout`, like seed 001's `curl --max-time`). Redirects are followed, as a browser
 * would (the seed's curl did not pass `-L`; a front door that redirects users is judged by where
 * users land). Never throws.
 */
export async function timedFetch(url: string, options: { method?: 'GET' | 'HEAD'; timeoutMs: number }): Promise<FetchOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      method: options.method ?? 'GET',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { 'user-agent': 'govpages-probe', accept: 'application/json, text/plain;q=0.9, */*;q=0.1' },
      redirect: 'follow',
    });
    const body = options.method === 'HEAD' ? '' : await response.text();
    return { ok: true, status: response.status, body, ms: elapsed() };
  } catch (error) {
    return { ok: false, error: describe(error, options.timeoutMs), ms: elapsed() };
  }
}

function describe(error: unknown, timeoutMs: number): string {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const cause = err?.cause?.code ?? err?.cause?.message;
  return cause ? `request failed (${cause})` : `request failed (${err?.message ?? String(error)})`;
}
