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

  let buffer: Buffer = Buffer.alloc(0);
  let index = 0;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    for (;;) {
      const newline = buffer.indexOf(10);
      if (newline < 0) break;
      const header = buffer.subarray(0, newline).toString('utf8');
      if (header.endsWith(' missing')) {
        buffer = buffer.subarray(newline + 1);
        yield { id: requested[index++] ?? header.split(' ')[0]!, content: Buffer.alloc(0), missing: true };
        continue;
      }
      const size = Number(header.slice(header.lastIndexOf(' ') + 1));
      if (buffer.length < newline + 1 + size + 1) break;
      const content = Buffer.from(buffer.subarray(newline + 1, newline + 1 + size));
      buffer = buffer.subarray(newline + 1 + size + 1);
      index++;
      yield { id: header.slice(0, header.indexOf(' ')), content, missing: false };
    }
  }
  await writer;
  const code = await exited;
  if (code !== 0) throw new Error(`git cat-file --batch failed: ${Buffer.concat(errors).toString('utf8').trim()}`);
}
