import type { CatalogDocument, CatalogRepository } from '../../model/catalog.ts';
import type { RepoRecord } from '../../sources/catalog/read.ts';
import { type CatalogPolicy, evaluateRepository } from './policy.ts';

export const TIERS = ['1', '2', '3', '4'] as const;

/** The catalog grouped by tier, with every repository's policy results (pure). */
export function buildCatalog(records: RepoRecord[], policy: CatalogPolicy, build: { commit: string; now: string }): CatalogDocument {
  const repositories: CatalogRepository[] = records.map((record) => {
    const evaluation = evaluateRepository(record, policy);
    const metadata = record.metadata;
    return {
      id: record.id,
      metadata_file: record.metadata_file,
      name: metadata?.name ?? null,
      description: metadata?.description ?? null,
      tier: metadata?.tier ?? null,
      owner: metadata?.owner ?? null,
      lifecycle: metadata?.lifecycle ?? null,
      language: metadata?.language ?? null,
      tags: metadata?.tags ?? [],
      ...evaluation,
    };
  });
  const tiers: Record<string, string[]> = Object.fromEntries(TIERS.map((tier) => [tier, []]));
  for (const repository of repositories) {
    const key = repository.tier === null ? 'unknown' : String(repository.tier);
    (tiers[key] ??= []).push(repository.id);
  }
  const compliant = repositories.filter((repository) => repository.compliant).length;
  return {
    catalog_version: 1,
    commit: build.commit,
    generated_at: build.now,
    summary: {
      total: repositories.length,
      compliant,
      non_compliant: repositories.length - compliant,
      compliant_ratio: repositories.length === 0 ? 1 : compliant / repositories.length,
      total_violations: sum(repositories.map((repository) => repository.violations.length)),
      total_warnings: sum(repositories.map((repository) => repository.warnings.length)),
      by_tier: Object.fromEntries(Object.entries(tiers).map(([tier, ids]) => [tier, ids.length])),
      by_lifecycle: count(repositories.map((repository) => repository.lifecycle ?? 'unknown')),
      by_owner: count(repositories.map((repository) => repository.owner ?? 'unknown')),
    },
    tiers,
    repositories,
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function count(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of [...keys].sort()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
