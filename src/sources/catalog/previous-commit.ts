import { commitAt, lastChangeTo, type Repository } from '../../git/index.ts';
import { listingBases } from './read.ts';

/**
 * The commit whose tree stands for "before the last change" of the catalog: the first parent of the
 * newest commit that touched the catalog's folders. Used only when no checkpoint has been saved
 * yet, so a first build (and the demo) already shows the drift of the latest change. Null when
 * that change is the root commit, nothing ever touched the folders or no pattern names any.
 */
export async function commitBeforeLastChange(repo: Repository, patterns: string[]): Promise<{ commit: string; date: string } | null> {
  const bases = listingBases(patterns);
  if (bases.length === 0) return null;
  const changed = await lastChangeTo(repo, bases.includes('') ? [] : bases);
  return changed ? commitAt(repo, `${changed}^1`) : null;
}
