import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InputError } from '../core/errors.ts';
import type { PublishedReader } from './check-published.ts';

/** Where a published build is read from: a directory (can list files) or a URL (cannot). */
export interface PublishedSource extends PublishedReader {
  label: string;
  /** Every file path, `/`-separated; null when the source cannot be listed (HTTP). */
  list(): Promise<string[] | null>;
}

export function directorySource(root: string): PublishedSource {
  return {
    label: root,
    async read(path) {
      try {
        // Synchronous on purpose: for thousands of small files one blocking read each is about twice
        // as fast as fs/promises (open, fstat, read and close each a thread-pool round trip).
        return new Uint8Array(readFileSync(join(root, ...path.split('/'))));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
        throw new InputError(`cannot read: ${(error as Error).message}`, { file: join(root, path) });
      }
    },
    async list() {
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
        .sort();
    },
  };
}

/**
 * A published site over HTTP(S). Each request has its own timeout; 404 and 410 mean "missing", any
 * other failure stops verification with exit 2 (the files could not be read, so nothing is proven).
 */
export function urlSource(base: string, timeoutMs: number, fetchImpl: typeof fetch = fetch): PublishedSource {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    label: root,
    async read(path) {
      const url = new URL(path.split('/').map(encodeURIComponent).join('/'), root);
      let response: Response;
      try {
        response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
      } catch (error) {
        const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (error as Error).message;
        throw new InputError(`cannot fetch: ${reason}`, { file: url.href });
      }
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new InputError(`cannot fetch: HTTP ${response.status}`, { file: url.href });
      }
      return new Uint8Array(await response.arrayBuffer());
    },
    async list() {
      return null;
    },
  };
}

/** Files held in memory (path -> bytes): verifying a build before it is written, and tests. */
export function memorySource(files: ReadonlyMap<string, Uint8Array>, label = 'memory'): PublishedSource {
  return {
    label,
    async read(path) {
      return files.get(path) ?? null;
    },
    async list() {
      return [...files.keys()].sort();
    },
  };
}
