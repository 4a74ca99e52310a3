import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InputError } from '../core/errors.ts';
import type { PublishedReader } from './check-published.ts';

/** Where a published build is read from: a directory (can list files) or a URL (cannot, see url-source.ts). */
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
