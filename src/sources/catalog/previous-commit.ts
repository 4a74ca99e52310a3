import { runGit, type Repository } from '../../git/index.ts';
import { listingBase } from './read.ts';

/**
 * The commit whose tree stands for "before the last change" of the catalog: the first parent of the
 * newest commit that touched the catalog's folders. Used only when no checkpoint has been saved
 * yet, so a first build (and the demo) already shows the drift of the latest change. Null when
 * that change is the root commit or nothing ever touched the folders.
 */
export async function commitBeforeLastChange(repo: Repository, patterns: string[]): Promise<{ commit: string; date: string } | null> {
  const bases = [...new Set(patterns.map(listingBase))];
  const pathspec = bases.includes('') ? [] : ['--', ...bases];
  const last = await runGit(repo.root, ['log', '-1', '--first-parent', '--format=%H', repo.head.commit, ...pathspec]);
  const changed = last.stdout.trim();
  if (last.code !== 0 || !changed) return null;
  const parent = await runGit(repo.root, ['log', '-1', '--format=%H%x00%cI', `${changed}^1`]);
  if (parent.code !== 0 || !parent.stdout.trim()) return null;
  const [commit, date] = parent.stdout.trim().split('\0');
  return { commit: commit!, date: date! };
}
