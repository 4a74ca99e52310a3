import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * HTTP servers on 127.0.0.1 that misbehave the ways a hostile or broken receiver does, for the
 * network bounds tests (webhook, verify URL, probes). Each counts what it was sent and what it
 * wrote, so a test can show the client stopped reading.
 */
export type Behaviour =
  /** 200 and a body that never ends, written as fast as the client takes it. */
  | { kind: 'endless' }
  /** Headers at once, then one byte every `everyMs`, forever. */
  | { kind: 'drip'; status?: number; everyMs: number }
  /** A redirect to `location`. */
  | { kind: 'redirect'; status: number; location: string }
  /** 200 announcing `length` bytes (Content-Length), then a few bytes and silence. */
  | { kind: 'huge-length'; length: number }
  /** Reads the request, never sends a status line or headers. */
  | { kind: 'silent' }
  /** 200 announcing 100,000 bytes, sends 1,000, then drops the connection. */
  | { kind: 'cut'; status?: number }
  /** A normal answer. */
  | { kind: 'answer'; status: number; body: string | Uint8Array; headers?: Record<string, string> };

export interface Received {
  method: string;
  path: string;
  body: string;
}

export interface MisbehavingServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  host: string;
  received: Received[];
  /** Response bytes the server has handed to its sockets. */
  bytesWritten(): number;
  close(): Promise<void>;
}

const CHUNK = new Uint8Array(64 * 1024).fill(120);

/** A server whose answer to each request is `behave(path)`. */
export async function misbehavingServer(behave: (path: string) => Behaviour): Promise<MisbehavingServer> {
  const received: Received[] = [];
  let written = 0;
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ method: request.method ?? '', path, body });
      const write = (bytes: Uint8Array | string) => {
        written += typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
        return response.write(bytes);
      };
      const behaviour = behave(path);
      switch (behaviour.kind) {
        case 'endless': {
          response.writeHead(200, { 'content-type': 'application/octet-stream' });
          const pump = () => {
            while (!response.destroyed && write(CHUNK));
          };
          response.on('drain', pump);
          pump();
          return;
        }
        case 'drip': {
          response.writeHead(behaviour.status ?? 200, { 'content-type': 'text/plain' });
          response.flushHeaders();
          const timer = setInterval(() => (response.destroyed ? clearInterval(timer) : write('x')), behaviour.everyMs);
          timers.add(timer);
          response.on('close', () => clearInterval(timer));
          return;
        }
        case 'redirect':
          response.writeHead(behaviour.status, { location: behaviour.location });
          response.end();
          return;
        case 'huge-length':
          response.writeHead(200, { 'content-length': String(behaviour.length) });
          write('{"partial":');
          return;
        case 'silent':
          return;
        case 'cut':
          response.writeHead(behaviour.status ?? 200, { 'content-length': '100000' });
          write(CHUNK.subarray(0, 1000));
          setTimeout(() => response.socket?.destroy(), 20);
          return;
        case 'answer':
          response.writeHead(behaviour.status, behaviour.headers);
          write(behaviour.body);
          response.end();
          return;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    received,
    bytesWritten: () => written,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs `task` and reports how far the resident set grew while it ran (sampled every 10 ms). */
export async function rssGrowth<T>(task: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const result = await task();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growth: peak - before };
  } finally {
    clearInterval(sampler);
  }
}

export const MiB = 2 ** 20;
