import { compareStrings } from '../core/compare.ts';
import { GovpagesError, InputError } from '../core/errors.ts';
import { readBlobs } from './blobs.ts';
import type { Repository } from './repository.ts';
import { runGit } from './run.ts';

/**
 * State that must survive between builds (stability history, streaks, checkpoints, the audit log)
 * lives as plain files on a branch of the repository itself (default `govpages-state`), written
 * with plumbing commands so the work tree and index are never touched. The branch is govpages'
 * own: its tree carries a marker file, and govpages refuses to write a branch without it (or the
 * checked-out branch), and refuses to read a damaged one rather than start over silently.
 */

export type StateFiles = Map<string, string>;

/** Marks a branch as written by govpages; never part of the state files themselves. */
export const STATE_MARKER_FILE = '.govpages-state';
export const STATE_MARKER_CONTENT = 'This branch holds the state of govpages builds (https://www.npmjs.com/package/govpages). Do not edit it by hand.\n';

/** The identity state commits are written with; branches from before the marker are recognised by it. */
export const STATE_AUTHOR = { name: 'govpages', email: 'govpages@localhost' };

const ZERO_ID = '0000000000000000000000000000000000000000';

/** The state branch moved while this build computed (another build wrote it): recompute or give up. */
export class StateConflictError extends GovpagesError {
  constructor(branch: string) {
    super(`state branch ${branch} changed while this build ran (another build wrote it); nothing was published`, 2, { file: `refs/heads/${branch}` });
    this.name = 'StateConflictError';
  }
}

/** How to start over on purpose, named in every message about a damaged state. */
export const FRESH_STATE_HINT = "fetch the branch again, or start a new state on purpose with 'govpages build --fresh-state'";

/**
 * The state branch as it is: `tip` its commit (null when the branch does not exist yet), or
 * `damaged` when the ref names no commit or a commit with missing objects (the ref's raw value and
 * why). The checked-out branch and a branch govpages did not write are InputErrors that name the ref,
 * whatever the caller wants: govpages never writes them.
 */
export async function inspectStateBranch(
  repo: Repository,
  branch: string,
): Promise<{ tip: string | null; damaged?: undefined } | { tip: null; damaged: { value: string; reason: string } }> {
  const ref = `refs/heads/${branch}`;
  const location = { file: ref };
  // show-ref exits 1 when the ref does not exist, and 128 when it exists but names a missing object.
  const exists = await runGit(repo.root, ['show-ref', '--verify', '--quiet', ref]);
  if (exists.code === 1) return { tip: null };
  const checkedOut = await runGit(repo.root, ['worktree', 'list', '--porcelain']);
  if (checkedOut.stdout.split('\n').includes(`branch ${ref}`)) {
    throw new InputError('is checked out in a work tree; govpages writes its state only to a branch of its own (set state.branch to another name)', location);
  }
  const raw = (await runGit(repo.root, ['rev-parse', '--verify', '--quiet', ref])).stdout.trim();
  const tip = await runGit(repo.root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (exists.code !== 0 || tip.code !== 0) {
    return { tip: null, damaged: { value: raw, reason: 'the state branch does not point at a commit (damaged or written by hand)' } };
  }
  const id = tip.stdout.trim();
  const tree = await runGit(repo.root, ['ls-tree', '-r', '--full-tree', '--name-only', '-z', id]);
  if (tree.code !== 0) {
    return {
      tip: null,
      damaged: { value: raw, reason: `the state branch's commit ${id.slice(0, 7)} has missing objects (${tree.stderr.trim().split('\n')[0]})` },
    };
  }
  if (!tree.stdout.split('\0').includes(STATE_MARKER_FILE) && !(await onlyGovpagesWrote(repo, id))) {
    throw new InputError(
      `exists and was not written by govpages (no ${STATE_MARKER_FILE} file, and commits by others); govpages never rewrites a branch it did not write (set state.branch to a new name)`,
      location,
    );
  }
  return { tip: id };
}

/**
 * The tip of the state branch, or null when it does not exist yet; a damaged branch is an
 * InputError naming the ref and the fix, never a silent reset.
 */
export async function stateBranchTip(repo: Repository, branch: string): Promise<string | null> {
  const found = await inspectStateBranch(repo, branch);
  if (found.damaged) throw new InputError(`${found.damaged.reason}; ${FRESH_STATE_HINT}`, { file: `refs/heads/${branch}` });
  return found.tip;
}

/** Every file on the state branch (the marker aside), or an empty map when the branch does not exist yet. */
export async function readStateBranch(repo: Repository, branch: string): Promise<StateFiles> {
  const tip = await stateBranchTip(repo, branch);
  return tip === null ? new Map() : readStateAt(repo, tip, branch);
}

/**
 * Every file of the state as it was at one commit of the state branch (the marker aside). Errors
 * name a file as git would (`<branch>:<path>` at the tip, else `<commit>:<path>`).
 */
export async function readStateAt(repo: Repository, commit: string, branch?: string): Promise<StateFiles> {
  const files: StateFiles = new Map();
  const entries = await treeEntries(repo, commit);
  const wanted = entries.filter((entry) => entry.path !== STATE_MARKER_FILE);
  let index = 0;
  for await (const blob of readBlobs(
    repo.root,
    wanted.map((entry) => entry.blob),
  )) {
    const entry = wanted[index++]!;
    if (blob.missing)
      throw new InputError(`state file ${entry.path} is missing from the repository (object ${entry.blob}); ${FRESH_STATE_HINT}`, {
        file: `${branch ?? commit.slice(0, 7)}:${entry.path}`,
      });
    files.set(entry.path, blob.content.toString('utf8'));
  }
  return files;
}

/**
 * One state file as it was at a commit of the state branch and that commit's first parent, for
 * checking that the state only grew: null where the file or the parent does not exist.
 */
export async function stateFileAtParent(repo: Repository, commit: string, path: string): Promise<{ parent: string; text: string | null } | null> {
  const parent = await runGit(repo.root, ['rev-parse', '--verify', '--quiet', `${commit}^1^{commit}`]);
  if (parent.code !== 0) return null;
  const id = parent.stdout.trim();
  for await (const blob of readBlobs(repo.root, [`${id}:${path}`])) return { parent: id, text: blob.missing ? null : blob.content.toString('utf8') };
  return { parent: id, text: null };
}

/**
 * Commits `files` (the whole new state: paths not listed are dropped) onto `branch` with `parent` as
 * its parent, and moves the branch only if its tip is still `parent` (compare-and-swap): a build
 * that lost a race gets a StateConflictError and publishes nothing. Author and committer date are
 * `date`, so the same build gives the same commit. Files whose text did not change keep their
 * blob and mode. Returns the new commit id, or `parent` when nothing changed.
 */
export async function writeStateBranch(
  repo: Repository,
  branch: string,
  files: StateFiles,
  message: string,
  date: string,
  parent?: string | null,
  /** The raw value of a damaged ref that `--fresh-state` replaces (the compare-and-swap's old value). */
  replacing?: string,
): Promise<string> {
  const expected = parent === undefined ? await stateBranchTip(repo, branch) : parent;
  const env = {
    GIT_AUTHOR_NAME: STATE_AUTHOR.name,
    GIT_AUTHOR_EMAIL: STATE_AUTHOR.email,
    GIT_COMMITTER_NAME: STATE_AUTHOR.name,
    GIT_COMMITTER_EMAIL: STATE_AUTHOR.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  const kept = new Map((expected === null ? [] : await treeEntries(repo, expected)).map((entry) => [entry.path, entry]));
  const previousText = expected === null ? new Map<string, string>() : await readStateAt(repo, expected);
  const all = new Map(files);
  all.set(STATE_MARKER_FILE, STATE_MARKER_CONTENT);
  const entries: TreeEntry[] = [];
  for (const [path, content] of [...all.entries()].sort(([a], [b]) => compareStrings(a, b))) {
    const old = kept.get(path);
    if (old && (path === STATE_MARKER_FILE ? false : previousText.get(path) === content)) {
      entries.push(old);
      continue;
    }
    const hashed = await runGit(repo.root, ['hash-object', '-w', '--stdin'], { input: content });
    if (hashed.code !== 0) throw new InputError(`cannot write state: ${hashed.stderr.trim()}`, { file: repo.root });
    entries.push({ path, mode: '100644', blob: hashed.stdout.trim() });
  }
  // mktree needs one tree object per directory level: build them bottom-up.
  const treeId = await writeTree(repo, entries);
  if (expected !== null) {
    const parentTree = await runGit(repo.root, ['rev-parse', `${expected}^{tree}`]);
    if (parentTree.stdout.trim() === treeId) {
      await compareAndSwap(repo, branch, expected, expected);
      return expected;
    }
  }
  const commit = await runGit(repo.root, ['commit-tree', treeId, ...(expected ? ['-p', expected] : []), '-m', message], { env });
  if (commit.code !== 0) throw new InputError(`cannot write state: ${commit.stderr.trim()}`, { file: repo.root });
  const id = commit.stdout.trim();
  await compareAndSwap(repo, branch, id, replacing ?? expected);
  return id;
}

/** Moves `branch` to `id` only if it is still at `expected` (null: only if it does not exist). */
async function compareAndSwap(repo: Repository, branch: string, id: string, expected: string | null): Promise<void> {
  const update = await runGit(repo.root, ['update-ref', `refs/heads/${branch}`, id, expected ?? ZERO_ID]);
  if (update.code === 0) return;
  const now = await runGit(repo.root, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]);
  if ((now.code === 0 ? now.stdout.trim() : null) !== expected) throw new StateConflictError(branch);
  throw new InputError(`cannot update the state branch: ${update.stderr.trim()}`, { file: `refs/heads/${branch}` });
}

interface TreeEntry {
  path: string;
  mode: string;
  blob: string;
}

async function treeEntries(repo: Repository, commit: string): Promise<TreeEntry[]> {
  const tree = await runGit(repo.root, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  if (tree.code !== 0) throw new InputError(`cannot read the state at ${commit.slice(0, 7)}: ${tree.stderr.trim()}`, { file: commit });
  return tree.stdout
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, , blob] = line.slice(0, tab).split(' ');
      return { path: line.slice(tab + 1), mode: mode!, blob: blob! };
    });
}

async function writeTree(repo: Repository, entries: readonly TreeEntry[]): Promise<string> {
  const files = entries.filter((entry) => !entry.path.includes('/'));
  const directories = new Map<string, TreeEntry[]>();
  for (const entry of entries) {
    const slash = entry.path.indexOf('/');
    if (slash < 0) continue;
    const name = entry.path.slice(0, slash);
    const list = directories.get(name) ?? [];
    list.push({ ...entry, path: entry.path.slice(slash + 1) });
    directories.set(name, list);
  }
  const lines = files.map((file) => `${file.mode} ${file.mode === '160000' ? 'commit' : 'blob'} ${file.blob}\t${file.path}`);
  for (const [name, children] of directories) {
    lines.push(`040000 tree ${await writeTree(repo, children)}\t${name}`);
  }
  const tree = await runGit(repo.root, ['mktree', '-z'], { input: lines.map((line) => `${line}\0`).join('') });
  if (tree.code !== 0) throw new InputError(`cannot write state: ${tree.stderr.trim()}`, { file: repo.root });
  return tree.stdout.trim();
}

/** Whether every commit on the branch was written with govpages' identity (state from before the marker). */
async function onlyGovpagesWrote(repo: Repository, tip: string): Promise<boolean> {
  const authors = await runGit(repo.root, ['log', '--format=%ae%x00%ce', tip]);
  if (authors.code !== 0) return false;
  const expected = `${STATE_AUTHOR.email}\0${STATE_AUTHOR.email}`;
  return authors.stdout
    .split('\n')
    .filter(Boolean)
    .every((line) => line === expected);
}

/**
 * The state a past build of `commit` started from: the parent of the state-branch commit that build
 * wrote (`govpages build <short commit>`). Several builds of one commit (other `now`s) each wrote
 * one; `wrote(files)` picks the right one. Returns the parent's id, `null` when that build was the
 * branch's first commit (empty state), or `undefined` when no build of `commit` is on the branch.
 */
export async function stateBefore(repo: Repository, branch: string, commit: string, wrote: (files: StateFiles) => boolean): Promise<string | null | undefined> {
  const tip = await stateBranchTip(repo, branch);
  if (tip === null) return undefined;
  const log = await runGit(repo.root, ['log', '--format=%H%x1f%P%x1f%s', tip]);
  if (log.code !== 0) return undefined;
  const subject = `govpages build ${commit.slice(0, 7)}`;
  for (const line of log.stdout.split('\n')) {
    const [id, parents, message] = line.split('\x1f');
    if (!id || message !== subject) continue;
    if (wrote(await readStateAt(repo, id))) return parents ? parents.split(' ')[0]! : null;
  }
  return undefined;
}
