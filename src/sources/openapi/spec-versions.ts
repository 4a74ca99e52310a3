import { listFileVersions, type Repository, readBlobs } from '../../git/index.ts';
import { type ParsedSpec, parseSpec } from './spec-file.ts';

/** A version of the spec in git (deletions left out), oldest first. */
export interface SpecVersion {
  commit: string;
  /** Commit date, ISO 8601 UTC. */
  date: string;
  blob: string;
  /** The spec's path at this commit (it may have been renamed since). */
  path: string;
}

/** Every version of the spec on the first-parent history of the commit being built, from one `git log`. */
export async function listSpecVersions(repo: Repository, path: string): Promise<SpecVersion[]> {
  return (await listFileVersions(repo, path))
    .filter((version) => version.blob !== null)
    .map((version) => ({
      commit: version.commit,
      date: new Date(version.timestamp * 1000).toISOString(),
      blob: version.blob!,
      path: version.path,
    }));
}

/**
 * Reads and parses the versions at `indices` (ascending) through one `git cat-file --batch` stream,
 * yielding each with its index, in order, one at a time: a long history never sits in memory.
 */
export async function* readSpecVersions(repo: Repository, versions: readonly SpecVersion[], indices: readonly number[]): AsyncGenerator<[number, ParsedSpec]> {
  let next = 0;
  for await (const blob of readBlobs(
    repo.root,
    indices.map((index) => versions[index]!.blob),
  )) {
    const index = indices[next++]!;
    yield [index, parseSpec(blob.content, versions[index]!.path)];
  }
  if (next < indices.length) throw new Error(`git cat-file ended before blob ${versions[indices[next]!]!.blob}`);
}

/** The parsed versions at `indices`: those in `known` as they are, the others read in one stream. */
export async function loadSpecVersions(
  repo: Repository,
  versions: readonly SpecVersion[],
  indices: readonly number[],
  known: ReadonlyMap<number, ParsedSpec> = new Map(),
): Promise<Map<number, ParsedSpec>> {
  const loaded = new Map<number, ParsedSpec>();
  const missing: number[] = [];
  for (const index of new Set(indices)) {
    const parsed = known.get(index);
    if (parsed) loaded.set(index, parsed);
    else missing.push(index);
  }
  if (missing.length === 0) return loaded;
  for await (const [index, parsed] of readSpecVersions(
    repo,
    versions,
    missing.sort((a, b) => a - b),
  ))
    loaded.set(index, parsed);
  return loaded;
}
