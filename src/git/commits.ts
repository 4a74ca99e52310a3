import type { Repository } from './repository.ts';
import { runGit } from './run.ts';

/**
 * The commit `revision` names in the repository at `dir`, or null when there is none (no
 * repository, no commits yet, an unknown revision). For commands that also work outside git.
 */
export async function revisionCommit(dir: string, revision: string): Promise<string | null> {
  const parsed = await runGit(dir, ['rev-parse', revision]).catch(() => null);
  return parsed && parsed.code === 0 ? parsed.stdout.trim() : null;
}

/**
 * The newest commit on the first-parent line of the commit being built that changed anything under
 * `paths` (files or folders; none: any change), or null when none did.
 */
export async function lastChangeTo(repo: Repository, paths: readonly string[]): Promise<string | null> {
  const pathspec = paths.length === 0 ? [] : ['--', ...paths];
  const last = await runGit(repo.root, ['log', '-1', '--first-parent', '--format=%H', repo.head.commit, ...pathspec]);
  const changed = last.stdout.trim();
  return last.code === 0 && changed ? changed : null;
}

/** The commit `revision` names (`<id>^1`: its first parent) with its committer date, or null when it names none. */
export async function commitAt(repo: Repository, revision: string): Promise<{ commit: string; date: string } | null> {
  const found = await runGit(repo.root, ['log', '-1', '--format=%H%x00%cI', revision]);
  if (found.code !== 0 || !found.stdout.trim()) return null;
  const [commit, date] = found.stdout.trim().split('\0');
  return { commit: commit!, date: date! };
}
