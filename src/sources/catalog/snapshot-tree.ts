import { compareStrings } from '../../core/compare.ts';
import { sha256Hex } from '../../core/sha256.ts';
import type { Snapshot } from '../../git/index.ts';
import { type FileTree, outermost } from './file-tree.ts';

const LINK_MODE = '120000';

/**
 * A commit's files (`context.snapshot`, or `openSnapshot(repo, commit)` for an older commit).
 * Symbolic links are left out, as the work-tree listing leaves them out, so a checkpoint holds the
 * same files whichever tree it was taken from.
 */
export function snapshotTree(snapshot: Snapshot): FileTree {
  const isFile = (path: string) => snapshot.entries.get(path)?.mode !== LINK_MODE;
  const blobOf = (path: string) => snapshot.entries.get(path)!.blob;
  return {
    match: async (patterns) => snapshot.match(patterns).filter(isFile),
    list: async (folders) =>
      outermost(folders)
        .flatMap((folder) => snapshot.under(folder).filter(isFile))
        .sort(compareStrings),
    async read(paths) {
      const contents = new Map<string, Buffer>();
      for await (const file of snapshot.read(paths)) contents.set(file.path, file.content);
      return contents;
    },
    async hash(paths) {
      // Files with the same content share a blob: each blob is read and hashed once, as it streams by.
      const oneOfEach = [...new Map(paths.map((path) => [blobOf(path), path])).values()];
      const hashes = new Map<string, string>();
      for await (const file of snapshot.read(oneOfEach)) hashes.set(file.blob, sha256Hex(file.content));
      return new Map(paths.map((path) => [path, hashes.get(blobOf(path))!]));
    },
  };
}
