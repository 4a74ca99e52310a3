import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readBlobs } from '../../src/git/index.ts';
import { scratchRepo } from '../helpers/git.ts';

/** The id git gives a blob: sha1 of "blob <size>\0" + bytes. */
function blobId(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

describe('readBlobs', () => {
  it('streams 500 objects including a 2 MB one and a missing id, in the order asked', async () => {
    const repo = scratchRepo();
    const contents = new Map<string, Buffer>();
    for (let i = 0; i < 499; i++) {
      // Sizes 0..~4 KB, some with newlines and bytes that look like headers, to stress the framing.
      const content = Buffer.from(i % 7 === 0 ? `${'x'.repeat(i * 8)}\n0123 blob 12\n` : `file ${i}\n`.repeat(i % 13));
      repo.write(`f/${i}.txt`, content as unknown as string);
      contents.set(blobId(content), content);
    }
    const large = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < large.length; i++) large[i] = (i * 31 + (i >> 10)) & 0xff;
    repo.write('large.bin', large as unknown as string);
    contents.set(blobId(large), large);
    repo.commit('many', '2026-01-01T00:00:00Z');

    const missing = '0123456789abcdef0123456789abcdef01234567';
    const ids = [...contents.keys()];
    // Ask for the large one in the middle, the missing one near the start, one id twice.
    const order = [...ids.slice(0, 3), missing, ...ids.slice(3, 250), blobId(large), ...ids.slice(250), ids[0]!];
    const seen: { id: string; missing: boolean; size: number; ok: boolean }[] = [];
    for await (const blob of readBlobs(repo.dir, order)) {
      const expected = contents.get(blob.id);
      seen.push({
        id: blob.id,
        missing: blob.missing,
        size: blob.content.length,
        ok: blob.missing || expected?.equals(blob.content) === true,
      });
    }
    expect(seen.map((blob) => blob.id)).toEqual(order);
    expect(seen.filter((blob) => blob.missing).map((blob) => blob.id)).toEqual([missing]);
    expect(seen.every((blob) => blob.ok)).toBe(true);
    expect(seen.find((blob) => blob.id === blobId(large))!.size).toBe(2 * 1024 * 1024);
    expect(seen[3]).toEqual({ id: missing, missing: true, size: 0, ok: true });
  });

  it('resolves revision expressions and reports an unknown path as missing', async () => {
    const repo = scratchRepo();
    repo.write('a.txt', 'hello\n');
    repo.commit('a', '2026-01-01T00:00:00Z');
    const out = [];
    for await (const blob of readBlobs(repo.dir, ['HEAD:a.txt', 'HEAD:b.txt'])) out.push({ missing: blob.missing, content: blob.content.toString() });
    expect(out).toEqual([
      { missing: false, content: 'hello\n' },
      { missing: true, content: '' },
    ]);
  });

  it('can be left early without hanging, and read again afterwards', async () => {
    const repo = scratchRepo();
    repo.write('a.txt', 'a'.repeat(100_000));
    repo.commit('a', '2026-01-01T00:00:00Z');
    const ids = Array.from({ length: 2000 }, () => 'HEAD:a.txt');
    let read = 0;
    for await (const blob of readBlobs(repo.dir, ids)) {
      read += blob.content.length;
      break;
    }
    expect(read).toBe(100_000);
    const again = [];
    for await (const blob of readBlobs(repo.dir, ['HEAD:a.txt'])) again.push(blob.content.length);
    expect(again).toEqual([100_000]);
  });

  it('yields nothing for no ids', async () => {
    const repo = scratchRepo();
    const out = [];
    for await (const blob of readBlobs(repo.dir, [])) out.push(blob);
    expect(out).toEqual([]);
  });
});
