import type { CatalogDocument, Checkpoint } from '../../model/catalog.ts';
import type { RepoRecord } from '../../sources/catalog/read.ts';
import { buildCatalog } from './catalog.ts';
import { makeCheckpoint } from './checkpoint.ts';
import type { CatalogPolicy } from './policy.ts';

/**
 * The catalog of the repositories read from one tree and its checkpoint (pure): what a build, a
 * backfilled checkpoint and `govpages catalog` all compute, so they agree.
 */
export function evaluateCatalog(
  records: RepoRecord[],
  policy: CatalogPolicy,
  build: { commit: string; now: string },
  flags: { baseline?: boolean; backfilled?: boolean } = {},
): { catalog: CatalogDocument; checkpoint: Checkpoint } {
  const catalog = buildCatalog(records, policy, build);
  return { catalog, checkpoint: makeCheckpoint(catalog, records, { commit: build.commit, created_at: build.now, ...flags }) };
}
