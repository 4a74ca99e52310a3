import type { CatalogDocument, Checkpoint } from '../../model/catalog.ts';

/** `govpages catalog report`: the repositories grouped by tier, like the seed's dashboard query. */
export function catalogText(catalog: CatalogDocument): string {
  const lines: string[] = [];
  for (const [tier, ids] of Object.entries(catalog.tiers)) {
    lines.push(`Tier ${tier}: ${ids.length} repos`);
    for (const id of ids) {
      const repository = catalog.repositories.find((candidate) => candidate.id === id)!;
      lines.push(`  ${repository.compliant ? 'compliant    ' : 'non-compliant'} ${id}${repository.owner ? ` (${repository.owner})` : ''}`);
    }
  }
  lines.push(`${catalog.summary.total} repositories, ${catalog.summary.compliant} compliant`);
  return `${lines.join('\n')}\n`;
}

/** What `govpages catalog checkpoint --baseline` wrote, as `--json` prints it. */
export interface BaselineSummary {
  baseline: true;
  branch: string;
  /** The new state-branch commit. */
  state_commit: string;
  checkpoint: Checkpoint['summary'];
  /** The commit the baseline was taken at. */
  commit: string;
}

/** `govpages catalog checkpoint --baseline`: one line saying what was written where. */
export function baselineText(summary: BaselineSummary): string {
  return `baseline checkpoint of ${summary.checkpoint.total} repositories at ${summary.commit.slice(0, 7)} written to ${summary.branch} (${summary.state_commit.slice(0, 7)})\n`;
}
