import { spawn } from 'node:child_process';

export interface Blob {
  id: string;
  content: Buffer;
}

/**
 * Streams the contents of many objects through one `git cat-file --batch` process, in the order
 * asked, without holding more than one object in memory at a time. Objects that do not exist yield
 * an empty `content` with `missing: true` rather than failing the stream.
 */
export async function* readBlobs(root: string, ids: Iterable<string>): AsyncGenerator<Blob & { missing: boolean }> {
  const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  const errors: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 0)));
  const requested: string[] = [];
  // Write all requests up front in the background; git answers in order and the pipe applies
  // backpressure, so memory stays bounded by the pipe buffers.
  const writer = (async () => {
    for (const id of ids) {
      requested.push(id);
      if (!child.stdin.write(`${id}\n`)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
    child.stdin.end();
  })();
  child.stdin.on('error', () => {});

  // Chunks are kept in a list and joined once per object: re-concatenating a growing buffer on
  // every chunk would copy large blobs many times over.
  const chunks: Buffer[] = [];
  let buffered = 0;
  const take = (length: number): Buffer => {
    const first = chunks[0]!;
    if (first.length >= length) {
      const out = first.subarray(0, length);
      if (first.length === length) chunks.shift();
      else chunks[0] = first.subarray(length);
      buffered -= length;
      return out;
    }
    const out = Buffer.allocUnsafe(length);
    let filled = 0;
    while (filled < length) {
      const chunk = chunks[0]!;
      const used = Math.min(chunk.length, length - filled);
      chunk.copy(out, filled, 0, used);
      filled += used;
      if (used === chunk.length) chunks.shift();
      else chunks[0] = chunk.subarray(used);
    }
    buffered -= length;
    return out;
  };
  const newlineOffset = (): number => {
    let offset = 0;
    for (const chunk of chunks) {
      const found = chunk.indexOf(10);
      if (found >= 0) return offset + found;
      offset += chunk.length;
    }
    return -1;
  };

  let index = 0;
  let pending: { id: string; size: number } | null = null;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    buffered += chunk.length;
    for (;;) {
      if (!pending) {
        const newline = newlineOffset();
        if (newline < 0) break;
        const header = take(newline + 1)
          .toString('utf8')
          .trimEnd();
        if (header.endsWith(' missing')) {
          yield { id: requested[index++] ?? header.split(' ')[0]!, content: Buffer.alloc(0), missing: true };
          continue;
        }
        pending = { id: header.slice(0, header.indexOf(' ')), size: Number(header.slice(header.lastIndexOf(' ') + 1)) };
      }
      if (buffered < pending.size + 1) break;
      const content = Buffer.from(take(pending.size));
      take(1);
      const id = pending.id;
      pending = null;
      index++;
      yield { id, content, missing: false };
    }
  }
  await writer;
  const code = await exited;
  if (code !== 0) throw new Error(`git cat-file --batch failed: ${Buffer.concat(errors).toString('utf8').trim()}`);
}
