import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { globby } from 'globby';
import { InputError } from '../../core/errors.ts';
import { readBlobs, runGit, type Repository } from '../../git/index.ts';

/**
 * The files of the repository a catalog is computed from: the work tree (a build, or local
 * enforcement) or a past commit (the backfilled checkpoint). Paths are repository-relative, POSIX.
 */
export interface FileTree {
  /** Every file under the given folders ('' for the whole tree), sorted. */
  list(bases: string[]): Promise<string[]>;
  read(paths: string[]): Promise<Map<string, Buffer>>;
}

const SKIPPED = ['**/.git/**', '**/node_modules/**'];

export function workTree(root: string): FileTree {
  return {
    async list(bases) {
      const patterns = unique(bases).map((base) => (base ? `${base}/**` : '**'));
      return (await globby(patterns, { cwd: root, dot: true, ignore: SKIPPED, onlyFiles: true, followSymbolicLinks: false })).sort();
    },
    async read(paths) {
      // Many small files: read a batch at a time, since one-by-one awaits leave the disk idle.
      const contents = new Map<string, Buffer>();
      for (let start = 0; start < paths.length; start += READ_BATCH) {
        const batch = paths.slice(start, start + READ_BATCH);
        const read = await Promise.all(batch.map((path) => readFile(join(root, path))));
        batch.forEach((path, index) => contents.set(path, read[index]!));
      }
      return contents;
    },
  };
}

const READ_BATCH = 64;

export function commitTree(repo: Repository, commit: string): FileTree {
  let blobs: Map<string, string> | null = null;
  return {
    async list(bases) {
      const listed = await runGit(repo.root, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...unique(bases).filter(Boolean)]);
      if (listed.code !== 0) throw new InputError(`git ls-tree failed: ${listed.stderr.trim()}`, { file: repo.root, where: commit });
      blobs = new Map();
      for (const entry of listed.stdout.split('\0')) {
        const [meta, path] = entry.split('\t');
        const [, type, id] = (meta ?? '').split(' ');
        if (type === 'blob' && path && id) blobs.set(path, id);
      }
      return [...blobs.keys()].sort();
    },
    async read(paths) {
      const ids = paths.map((path) => blobs?.get(path) ?? `${commit}:${path}`);
      const contents = new Map<string, Buffer>();
      let index = 0;
      for await (const blob of readBlobs(repo.root, ids)) contents.set(paths[index++]!, blob.content);
      return contents;
    },
  };
}

export function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

function unique(bases: string[]): string[] {
  return bases.includes('') ? [''] : [...new Set(bases)].sort();
}
