import { formatByteLimit, readCappedBody } from '../core/http-body.ts';

/** Most of a probe's response body that is read: health answers are small; past it the probe fails. */
export const PROBE_BODY_LIMIT_BYTES = 2 ** 20;

/** What one HTTP request gave: a response read in full, or why there was none. */
export type FetchOutcome = { ok: true; status: number; body: string; ms: number } | { ok: false; error: string; ms: number };

/**
 * One request with a hard timeout covering the whole exchange, body included (node's fetch with
 * `AbortSignal.timeout`, like seed 001's `curl --max-time`), reading at most
 * `PROBE_BODY_LIMIT_BYTES` of the body: a longer one is an error (the connection is closed there),
 * not a body cut short that a comparison would then misjudge. Redirects are followed (at most
 * fetch's 20), as a browser would (the seed's curl did not pass `-L`; a front door that redirects
 * users is judged by where users land). Never throws.
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
    if (options.method === 'HEAD') {
      await response.body?.cancel().catch(() => undefined);
      return { ok: true, status: response.status, body: '', ms: elapsed() };
    }
    const body = await readCappedBody(response, PROBE_BODY_LIMIT_BYTES);
    if (body.over) return { ok: false, error: `response body over ${formatByteLimit(PROBE_BODY_LIMIT_BYTES)} (not read further)`, ms: elapsed() };
    return { ok: true, status: response.status, body: new TextDecoder().decode(body.bytes), ms: elapsed() };
  } catch (error) {
    return { ok: false, error: describe(error, options.timeoutMs), ms: elapsed() };
  }
}

function describe(error: unknown, timeoutMs: number): string {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const cause = err?.cause?.code ?? err?.cause?.message;
  // undici's word for a connection that closed while the body was being read.
  if (err?.message === 'terminated') return `connection closed mid-response${cause ? ` (${cause})` : ''}`;
  return cause ? `request failed (${cause})` : `request failed (${err?.message ?? String(error)})`;
}
