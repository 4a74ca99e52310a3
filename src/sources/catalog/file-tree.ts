import { compareStrings } from '../../core/compare.ts';

/**
 * The files a catalog is computed from: a commit's tree (a build, the backfilled checkpoint) or
 * the work tree (`govpages catalog`, the seed's local check). Both are read by the same
 * `readCatalog`, so a local check and the build agree. Paths are repository-relative, POSIX;
 * symbolic links are not files of either tree.
 */
export interface FileTree {
  /** Paths matching the glob patterns (`!pattern` excludes), sorted. */
  match(patterns: readonly string[]): Promise<string[]>;
  /** Every file under the given folders ('' for the whole tree), sorted. */
  list(folders: readonly string[]): Promise<string[]>;
  read(paths: readonly string[]): Promise<Map<string, Buffer>>;
  /** sha256 (hex) of each file's content. */
  hash(paths: readonly string[]): Promise<Map<string, string>>;
}

/** Folders to list, without duplicates or folders inside another; '' (the whole tree) covers all. */
export function outermost(folders: readonly string[]): string[] {
  if (folders.includes('')) return [''];
  const sorted = [...new Set(folders)].sort(compareStrings);
  return sorted.filter((folder) => !sorted.some((other) => other !== folder && folder.startsWith(`${other}/`)));
}
