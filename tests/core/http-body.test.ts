import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatByteLimit, readCappedBody } from '../../src/core/http-body.ts';

/** A response whose body is `chunks`, recording how many were pulled and whether it was cancelled. */
function response(chunks: Uint8Array[], headers: Record<string, string> = {}) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks[seen.pulled++];
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { response: new Response(body, { headers }), seen };
}
const bytes = (length: number) => new Uint8Array(length).fill(7);

describe('readCappedBody', () => {
  it.each([
    { name: 'shorter than the limit', chunks: [3, 4], limit: 10, over: false, length: 7 },
    { name: 'exactly the limit', chunks: [5, 5], limit: 10, over: false, length: 10 },
    { name: 'one byte over', chunks: [5, 6], limit: 10, over: true, length: 0 },
    { name: 'empty', chunks: [], limit: 0, over: false, length: 0 },
  ])('$name', async ({ chunks, limit, over, length }) => {
    const { response: answer, seen } = response(chunks.map(bytes));
    const body = await readCappedBody(answer, limit);
    expect(body).toMatchObject({ over, declared: null });
    expect(body.bytes.byteLength).toBe(length);
    expect(seen.cancelled).toBe(over);
  });

  it('stops pulling at the limit: an endless body is read for one chunk past it, then cancelled', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled++;
          controller.enqueue(bytes(1024));
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const body = await readCappedBody(new Response(endless), 4096);
    expect(body.over).toBe(true);
    expect(pulled).toBeLessThanOrEqual(6);
    expect(cancelled).toBe(true);
  });

  it.each([
    ['1000000', true, 1_000_000],
    [' 10 ', false, 10],
    ['abc', false, null],
    ['-1', false, null],
    ['1e9', false, null],
  ])('Content-Length %j: over the limit before reading = %s', async (header, over, declared) => {
    const { response: answer, seen } = response([bytes(10)], { 'content-length': header });
    const body = await readCappedBody(answer, 100);
    expect(body).toMatchObject({ over, declared });
    if (over) expect(seen.pulled).toBe(0);
  });

  it('a body-less response is empty', async () => {
    expect(await readCappedBody(new Response(null, { status: 204 }), 10)).toEqual({ bytes: new Uint8Array(0), over: false, declared: null });
  });

  it('errors of the stream are thrown', async () => {
    const broken = new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new TypeError('terminated')) });
    await expect(readCappedBody(new Response(broken), 10)).rejects.toThrow('terminated');
  });

  it('property: over exactly when the chunks add up past the limit; otherwise every byte, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 50 }), { maxLength: 8 }), fc.nat(300), async (chunks, limit) => {
        const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
        const body = await readCappedBody(response(chunks.filter((chunk) => chunk.byteLength > 0)).response, limit);
        expect(body.over).toBe(total > limit);
        if (!body.over) expect(Buffer.from(body.bytes)).toEqual(Buffer.concat(chunks));
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatByteLimit', () => {
  it.each([
    [64 * 2 ** 20, '64 MiB'],
    [2 ** 30, '1 GiB'],
    [4096, '4 KiB'],
    [512 * 1024, '512 KiB'],
    [1000, '1000 bytes'],
    [1536, '1536 bytes'],
  ])('%d -> %s', (value, text) => {
    expect(formatByteLimit(value)).toBe(text);
  });
});
