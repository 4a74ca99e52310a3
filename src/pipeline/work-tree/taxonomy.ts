import type { Thresholds } from '../../config/schema.ts';
import type { TaxonomySourceConfig } from '../../config/sources/taxonomy.ts';
import { type TaxonomyLintReport, taxonomyLintReport } from '../../metrics/taxonomy/index.ts';
import { readTaxonomyInputs } from '../../sources/taxonomy/index.ts';
import { workTreeFiles } from '../../sources/work-tree.ts';

/**
 * `govpages lint`: the build's reading, parsing and checks, on the work tree instead of the
 * commit, since lint is how edits are checked before they are committed.
 */
export async function lintTaxonomyWorkTree(root: string, source: TaxonomySourceConfig, thresholds: Thresholds, now: string): Promise<TaxonomyLintReport> {
  const inputs = await readTaxonomyInputs(workTreeFiles(root), source);
  return taxonomyLintReport(inputs, { source, thresholds, now });
}
