import { InputError } from '../core/errors.ts';
import type { Repository } from './repository.ts';
import { runGit } from './run.ts';

/** Where a file's history begins: the oldest commit in which it (or a name it was renamed from) was added. */
export interface FirstVersion {
  commit: string;
  /** Committer date, ISO 8601 with offset, as git prints it. */
  date: string;
  /** Committer time in seconds since the epoch. */
  timestamp: number;
  /** The name the file was added under (it may have been renamed since). */
  path: string;
}

const HEADER = '\x1e';
const FIELD = '\x1f';

/**
 * The first version of each of `paths` on the first-parent history of the commit being built, from
 * ONE `git log` process whatever the number of paths: for each path, what `listFileVersions(repo,
 * path)[0]` gives, without one `git log --follow` per file.
 *
 * Only additions and renames can begin a file's history, so the log lists just those (`-M
 * --diff-filter=AR`) over the whole tree, and renames are followed backwards from the newest commit.
 * The whole tree is listed because a file renamed from outside a folder counts from its old name,
 * as `--follow` does. Where `--follow` and whole-tree rename detection pair files differently (one
 * deleted file similar to several added ones, or a commit past git's rename limit) the pairing of
 * `git log -M` wins. Paths git never saw added are left out of the map.
 */
export async function firstVersions(repo: Repository, paths: readonly string[]): Promise<Map<string, FirstVersion>> {
  const found = new Map<string, FirstVersion>();
  if (paths.length === 0) return found;
  const result = await runGit(repo.root, [
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--root',
    '-M',
    '--raw',
    '-z',
    '--diff-filter=AR',
    `--format=${HEADER}%H${FIELD}%cI${FIELD}%ct`,
    repo.head.commit,
    '--',
  ]);
  if (result.code !== 0) throw new InputError(`git log failed: ${result.stderr.trim()}`, { file: repo.root });

  // Current name -> the requested paths whose history goes on under that name (older commits).
  const followed = new Map<string, string[]>();
  for (const path of new Set(paths)) followed.set(path, [path]);
  for (const commit of parseLog(result.stdout)) {
    const renames: { from: string; to: string }[] = [];
    for (const change of commit.changes) {
      const wanted = followed.get(change.path);
      if (!wanted) continue;
      for (const path of wanted) found.set(path, { commit: commit.commit, date: commit.date, timestamp: commit.timestamp, path: change.path });
      if (change.from !== null) renames.push({ from: change.from, to: change.path });
    }
    // Applied after the whole commit, so the commit's changes all see the names as they were after it.
    for (const { from, to } of renames) {
      const wanted = followed.get(to)!;
      followed.delete(to);
      followed.set(from, [...(followed.get(from) ?? []), ...wanted]);
    }
  }
  return found;
}

interface LoggedCommit {
  commit: string;
  date: string;
  timestamp: number;
  /** Added or renamed-to paths; `from` is the old name of a rename. */
  changes: { path: string; from: string | null }[];
}

/**
 * Reads `git log --raw -z` output, newest commit first. With `-z` every header, raw line and path
 * ends with NUL and paths are never quoted, so paths are taken by count (one, two for a rename),
 * and no character of a path can be mistaken for a separator.
 */
function parseLog(output: string): LoggedCommit[] {
  const tokens = output.split('\0');
  const commits: LoggedCommit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.replace(/^\n+/, '');
    if (token.startsWith(HEADER)) {
      const [commit, date, timestamp] = token.slice(HEADER.length).split(FIELD);
      commits.push({ commit: commit!, date: date!, timestamp: Number(timestamp), changes: [] });
    } else if (token.startsWith(':')) {
      // `:old-mode new-mode old-blob new-blob status`, then the path(s).
      const status = token.slice(token.lastIndexOf(' ') + 1);
      const renamed = status.startsWith('R') || status.startsWith('C');
      const from = renamed ? tokens[++i]! : null;
      const path = tokens[++i]!;
      commits[commits.length - 1]!.changes.push({ path, from: status.startsWith('R') ? from : null });
    }
  }
  return commits;
}
