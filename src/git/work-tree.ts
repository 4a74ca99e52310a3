import { compareStrings } from '../core/compare.ts';
import type { Repository } from './repository.ts';
import { runGit } from './run.ts';

/** The work tree and the index, for the few questions a build asks about them (it reads only commits). */

/**
 * Paths among `pathspecs` (files, folders or `:(glob)` patterns) whose work-tree content differs
 * from HEAD (modified, staged, deleted or untracked), from one `git status`: the build reads HEAD
 * and warns about these, since they are not what it publishes.
 */
export async function workTreeChanges(repo: Repository, pathspecs: readonly string[]): Promise<string[]> {
  if (pathspecs.length === 0) return [];
  const status = await runGit(repo.root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...pathspecs]);
  if (status.code !== 0) return [];
  const changed = new Set<string>();
  const records = status.stdout.split('\0');
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (record.length < 4) continue;
    changed.add(record.slice(3));
    // A rename or copy is followed by its source path in the next record.
    if (record[0] === 'R' || record[0] === 'C') i++;
  }
  return [...changed].sort(compareStrings);
}

/** Whether git tracks any file at or under `path` (relative to the repository root). */
export async function tracksFilesUnder(repo: Repository, path: string): Promise<boolean> {
  const listed = await runGit(repo.root, ['ls-files', '-z', '--', path === '' ? '.' : path]);
  return listed.code === 0 && listed.stdout.length > 0;
}

/** A glob pattern of the config (`!` excludes) as a git pathspec. */
export function globPathspec(pattern: string): string {
  return pattern.startsWith('!') ? `:(exclude,glob)${pattern.slice(1)}` : `:(glob)${pattern}`;
}

/** A path of the config as a git pathspec (`''`, the whole repository, is `.`). */
export function pathPathspec(path: string): string {
  return path === '' ? '.' : path;
}
