import { compareStrings } from '../core/compare.ts';
import { InputError } from '../core/errors.ts';
import { readBlobs } from './blobs.ts';
import type { Repository } from './repository.ts';
import { runGit } from './run.ts';

/**
 * State that must survive between builds (stability history, streaks, checkpoints, the audit log)
 * lives as plain files on a branch of the repository itself (default `govpages-state`), written
 * with plumbing commands so the work tree and index are never touched.
 */

export type StateFiles = Map<string, string>;

/** Every file on the state branch, or an empty map when the branch does not exist yet. */
export async function readStateBranch(repo: Repository, branch: string): Promise<StateFiles> {
  return readStateAt(repo, `refs/heads/${branch}`);
}

/** Every file of the state as it was at one commit of the state branch (any commit-ish). */
export async function readStateAt(repo: Repository, treeish: string): Promise<StateFiles> {
  const files: StateFiles = new Map();
  const tree = await runGit(repo.root, ['ls-tree', '-r', '-z', '--full-tree', treeish]);
  if (tree.code !== 0) return files;
  const entries = tree.stdout
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split('\t');
      return { blob: meta!.split(' ')[2]!, path: path! };
    });
  let index = 0;
  for await (const blob of readBlobs(repo.root, entries.map((entry) => entry.blob))) {
    files.set(entries[index++]!.path, blob.content.toString('utf8'));
  }
  return files;
}

/**
 * Commits `files` (the whole new state: paths not listed are dropped) onto `branch`, with the
 * previous tip as parent. Author and committer date are `date`, so the same build gives the same
 * commit. Returns the new commit id, or the old one when nothing changed.
 */
export async function writeStateBranch(
  repo: Repository,
  branch: string,
  files: StateFiles,
  message: string,
  date: string,
): Promise<string> {
  const env = {
    GIT_AUTHOR_NAME: 'govpages',
    GIT_AUTHOR_EMAIL: 'govpages@localhost',
    GIT_COMMITTER_NAME: 'govpages',
    GIT_COMMITTER_EMAIL: 'govpages@localhost',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  const sorted = [...files.entries()].sort(([a], [b]) => compareStrings(a, b));
  const blobIds: string[] = [];
  for (const [, content] of sorted) {
    const hashed = await runGit(repo.root, ['hash-object', '-w', '--stdin'], { input: content });
    if (hashed.code !== 0) throw new InputError(`cannot write state: ${hashed.stderr.trim()}`, { file: repo.root });
    blobIds.push(hashed.stdout.trim());
  }
  // mktree needs one tree object per directory level: build them bottom-up.
  const treeId = await writeTree(repo, sorted.map(([path], i) => ({ path, blob: blobIds[i]! })));
  const previous = await runGit(repo.root, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]);
  const parent = previous.code === 0 ? previous.stdout.trim() : null;
  if (parent) {
    const parentTree = await runGit(repo.root, ['rev-parse', `${parent}^{tree}`]);
    if (parentTree.stdout.trim() === treeId) return parent;
  }
  const commit = await runGit(repo.root, ['commit-tree', treeId, ...(parent ? ['-p', parent] : []), '-m', message], { env });
  if (commit.code !== 0) throw new InputError(`cannot write state: ${commit.stderr.trim()}`, { file: repo.root });
  const id = commit.stdout.trim();
  const update = await runGit(repo.root, ['update-ref', `refs/heads/${branch}`, id, ...(parent ? [parent] : [])]);
  if (update.code !== 0) throw new InputError(`cannot update state branch ${branch}: ${update.stderr.trim()}`, { file: repo.root });
  return id;
}

async function writeTree(repo: Repository, entries: { path: string; blob: string }[]): Promise<string> {
  const files = entries.filter((entry) => !entry.path.includes('/'));
  const directories = new Map<string, { path: string; blob: string }[]>();
  for (const entry of entries) {
    const slash = entry.path.indexOf('/');
    if (slash < 0) continue;
    const name = entry.path.slice(0, slash);
    const list = directories.get(name) ?? [];
    list.push({ path: entry.path.slice(slash + 1), blob: entry.blob });
    directories.set(name, list);
  }
  const lines = files.map((file) => `100644 blob ${file.blob}\t${file.path}`);
  for (const [name, children] of directories) {
    lines.push(`040000 tree ${await writeTree(repo, children)}\t${name}`);
  }
  const tree = await runGit(repo.root, ['mktree', '-z'], { input: lines.map((line) => `${line}\0`).join('') });
  if (tree.code !== 0) throw new InputError(`cannot write state: ${tree.stderr.trim()}`, { file: repo.root });
  return tree.stdout.trim();
}

/**
 * The state a past build of `commit` started from: the parent of the state-branch commit that build
 * wrote (`govpages build <short commit>`). Several builds of one commit (other `now`s) each wrote
 * one; `wrote(files)` picks the right one. Returns the parent's id, `null` when that build was the
 * branch's first commit (empty state), or `undefined` when no build of `commit` is on the branch.
 */
export async function stateBefore(
  repo: Repository,
  branch: string,
  commit: string,
  wrote: (files: StateFiles) => boolean,
): Promise<string | null | undefined> {
  const log = await runGit(repo.root, ['log', '--format=%H%x1f%P%x1f%s', `refs/heads/${branch}`]);
  if (log.code !== 0) return undefined;
  const subject = `govpages build ${commit.slice(0, 7)}`;
  for (const line of log.stdout.split('\n')) {
    const [id, parents, message] = line.split('\x1f');
    if (!id || message !== subject) continue;
    if (wrote(await readStateAt(repo, id))) return parents ? parents.split(' ')[0]! : null;
  }
  return undefined;
}
