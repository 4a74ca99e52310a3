/**
 * The one way govpages reads an HTTP response body (webhook answers, `verify URL` downloads, probe
 * responses): never more than a limit, so a server sending an endless or huge body costs at most
 * `limit` bytes of memory. Takes the `Response` of `fetch`; starts no request itself.
 */

export interface CappedBody {
  /** The whole body; empty when `over` (what was read is dropped). */
  bytes: Uint8Array;
  /** The body is longer than the limit (announced by Content-Length, or seen while reading). */
  over: boolean;
  /** The Content-Length the server announced, when it sent a valid one. */
  declared: number | null;
}

/**
 * Reads `response`'s body up to `limit` bytes. Past the limit (or when Content-Length already
 * announces more) it stops reading and cancels the body, which closes the connection, and returns
 * `over: true`. Errors of the stream (the request's abort signal firing, the connection closing
 * mid-body) are thrown as they come.
 */
export async function readCappedBody(response: Response, limit: number): Promise<CappedBody> {
  const declared = declaredLength(response.headers.get('content-length'));
  if (declared !== null && declared > limit) {
    await cancelQuietly(response.body);
    return { bytes: new Uint8Array(0), over: true, declared };
  }
  if (!response.body) return { bytes: new Uint8Array(0), over: false, declared };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > limit) {
      chunks.length = 0;
      await reader.cancel().catch(() => undefined);
      return { bytes: new Uint8Array(0), over: true, declared };
    }
    chunks.push(value);
    size += value.byteLength;
  }
  return { bytes: concat(chunks, size), over: false, declared };
}

/** `65536` -> `64 KiB`, `67108864` -> `64 MiB`: limits as the manual writes them. */
export function formatByteLimit(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 2 ** 30],
    ['MiB', 2 ** 20],
    ['KiB', 2 ** 10],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

function declaredLength(header: string | null): number | null {
  if (header === null || !/^\s*\d{1,20}\s*$/.test(header)) return null;
  return Number(header);
}

async function cancelQuietly(body: ReadableStream<Uint8Array> | null): Promise<void> {
  await body?.cancel().catch(() => undefined);
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.byteLength === size) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
