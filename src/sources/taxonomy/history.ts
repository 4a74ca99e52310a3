import { decodeText } from '../../core/text.ts';
import { fileHistory, type Repository } from '../../git/index.ts';
import type { SkippedVersion } from '../../model/taxonomy.ts';
import { parseTaxonomy } from './parse.ts';
import type { Taxonomy } from './schema.ts';

/** One committed version of the taxonomy, parsed. */
export interface TaxonomyVersion {
  commit: string;
  /** Committer date, ISO 8601 with offset, as git prints it. */
  date: string;
  /** Committer time in milliseconds since the epoch. */
  timestamp: number;
  taxonomy: Taxonomy;
}

/**
 * Streams every version of the taxonomy on the history of the commit being built to `visit`,
 * oldest first, one at a time so a long history never sits in memory. Returns the versions that
 * did not parse: a version that was broken when committed is history, not input, so it is
 * reported rather than fatal.
 */
export async function readTaxonomyHistory(repo: Repository, path: string, visit: (version: TaxonomyVersion) => void): Promise<SkippedVersion[]> {
  const skipped: SkippedVersion[] = [];
  for await (const version of fileHistory(repo, path)) {
    let taxonomy: Taxonomy;
    const label = `${version.path}@${version.commit.slice(0, 7)}`;
    try {
      taxonomy = parseTaxonomy(decodeText(version.content, label), label);
    } catch (error) {
      skipped.push({ commit: version.commit, error: (error as Error).message });
      continue;
    }
    visit({ commit: version.commit, date: version.date, timestamp: version.timestamp * 1000, taxonomy });
  }
  return skipped;
}
