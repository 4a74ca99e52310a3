import { existsSync, statSync } from 'node:fs';
import { InputError } from '../../core/errors.ts';
import { sha256Hex } from '../../core/sha256.ts';
import { workTreeFiles } from '../work-tree.ts';
import { type FileTree, outermost } from './file-tree.ts';

/**
 * The work tree at `root`, for `govpages catalog` (the seed's local check, run before committing);
 * a build reads the commit instead (`snapshotTree`).
 */
export function workTree(root: string): FileTree {
  if (!existsSync(root)) throw new InputError('directory not found (expected a repository)', { file: root });
  if (!statSync(root).isDirectory()) throw new InputError('is not a directory (expected a repository)', { file: root });
  const files = workTreeFiles(root);
  const each = async (paths: readonly string[], visit: (path: string, content: Buffer) => void) => {
    for await (const file of files.read(paths)) visit(file.path, file.content);
  };
  return {
    match: (patterns) => files.match(patterns),
    list: (folders) => files.under(outermost(folders)),
    async read(paths) {
      const contents = new Map<string, Buffer>();
      await each(paths, (path, content) => contents.set(path, content));
      return contents;
    },
    async hash(paths) {
      const hashes = new Map<string, string>();
      await each(paths, (path, content) => hashes.set(path, sha256Hex(content)));
      return hashes;
    },
  };
}
