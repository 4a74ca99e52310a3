import type { CatalogRepository, CatalogSection, CheckpointHistoryEntry, Drift } from '../../model/catalog.ts';

export type Tone = 'good' | 'warn' | 'bad' | 'neutral';

/**
 * A repository's standing in words and tone: non-compliant (violations), compliant with warnings,
 * or compliant. Words travel with the colour so it never carries meaning alone.
 */
export function complianceStanding(repository: Pick<CatalogRepository, 'compliant' | 'warnings'>): { label: string; tone: Tone } {
  if (!repository.compliant) return { label: 'non-compliant', tone: 'bad' };
  if (repository.warnings.length > 0) return { label: 'compliant, warnings', tone: 'warn' };
  return { label: 'compliant', tone: 'good' };
}

/** `Tier 1` .. `Tier 4`, or `Unknown tier` when the metadata is unusable. */
export function tierLabel(tier: number | string | null): string {
  return tier === null || tier === 'unknown' ? 'Unknown tier' : `Tier ${tier}`;
}

/** One row per tier with its repositories, in tier order (unknown last), for the grouped table. */
export function tierGroups(
  section: Pick<CatalogSection, 'tiers' | 'repositories'>,
): { tier: string; label: string; repositories: CatalogRepository[]; compliant: number }[] {
  const byId = new Map(section.repositories.map((repository) => [repository.id, repository]));
  return Object.keys(section.tiers)
    .sort((a, b) => (a === 'unknown' ? 1 : b === 'unknown' ? -1 : Number(a) - Number(b)))
    .map((tier) => {
      const repositories = section.tiers[tier]!.map((id) => byId.get(id)).filter((repository): repository is CatalogRepository => repository !== undefined);
      return { tier, label: tierLabel(tier), repositories, compliant: repositories.filter((repository) => repository.compliant).length };
    });
}

/** Compliant share per checkpoint, oldest first, for the history chart (1 for an empty portfolio, as the badge). */
export function complianceSeries(history: CheckpointHistoryEntry[]): number[] {
  return history.map((entry) => (entry.total === 0 ? 1 : entry.compliant / entry.total));
}

/** One sentence describing what the drift compares. */
export function driftPeriod(drift: Pick<Drift, 'previous' | 'latest'>): string {
  if (!drift.previous) return `No earlier checkpoint: ${short(drift.latest.commit)} is the baseline.`;
  const reconstructed = drift.previous.backfilled ? ' (reconstructed from git history)' : '';
  return `From checkpoint ${short(drift.previous.commit)}${reconstructed} to ${short(drift.latest.commit)}.`;
}

/** `+added, -removed, ~modified` file list of one repository's changed hashes. */
export function fileChangeList(change: { added: string[]; removed: string[]; modified: string[] }): string {
  return [...change.added.map((path) => `+${path}`), ...change.removed.map((path) => `-${path}`), ...change.modified.map((path) => `~${path}`)].join(', ');
}

function short(commit: string): string {
  return commit.slice(0, 7);
}
