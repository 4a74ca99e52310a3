import { describe, expect, it } from 'vitest';
import { catalogSourceSchema } from '../../../src/config/sources/catalog.ts';
import { buildCatalog, evaluateRepository } from '../../../src/metrics/catalog/index.ts';
import type { RepoRecord } from '../../../src/sources/catalog/read.ts';

const policy = catalogSourceSchema.parse({});

function record(tier: number | null, files: string[], description = 'A service'): RepoRecord {
  return {
    id: `organizations/o/r${tier}`,
    metadata_file: `organizations/o/r${tier}/.meta/repo.yaml`,
    metadata: tier === null ? null : { name: 'r', description, tier, owner: '@o/t', lifecycle: 'active', tags: [] },
    metadata_error: tier === null ? { message: 'expected number', where: '$.tier' } : null,
    files: Object.fromEntries(['.meta/repo.yaml', ...files].map((path) => [path, 'x'])),
  };
}

describe('evaluateRepository with the default policy', () => {
  const cases = [
    { name: 'tier 1 complete', repo: record(1, ['README.md', '.github/CODEOWNERS', 'LICENSE', 'SECURITY.md']), violations: [], warnings: [] },
    {
      name: 'tier 1 without SECURITY.md',
      repo: record(1, ['README.md', 'CODEOWNERS', 'LICENSE']),
      violations: ['tier-file-missing:organizations/o/r1/SECURITY.md'],
      warnings: [],
    },
    { name: 'tier 2 with docs/CODEOWNERS', repo: record(2, ['README.md', 'docs/CODEOWNERS', 'LICENSE']), violations: [], warnings: [] },
    {
      name: 'tier 3 needs only README; LICENSE recommended',
      repo: record(3, ['README.md']),
      violations: [],
      warnings: ['recommended-file-missing:organizations/o/r3/LICENSE'],
    },
    { name: 'tier 4 without README', repo: record(4, ['LICENSE']), violations: ['required-file-missing:organizations/o/r4/README.md'], warnings: [] },
    {
      name: 'placeholder description',
      repo: record(3, ['README.md', 'LICENSE'], 'TBD'),
      violations: [],
      warnings: ['placeholder-description:organizations/o/r3/.meta/repo.yaml'],
    },
    {
      name: 'invalid metadata: tier rules skipped',
      repo: record(null, ['README.md', 'LICENSE']),
      violations: ['metadata-invalid:organizations/o/rnull/.meta/repo.yaml'],
      warnings: [],
    },
  ];
  it.each(cases)('$name', ({ repo, violations, warnings }) => {
    const result = evaluateRepository(repo, policy);
    expect(result.violations.map((finding) => `${finding.rule}:${finding.file}`)).toEqual(violations);
    expect(result.warnings.map((finding) => `${finding.rule}:${finding.file}`)).toEqual(warnings);
    expect(result.compliant).toBe(violations.length === 0);
  });

  it('does not warn about a recommended file that a tier already requires', () => {
    expect(evaluateRepository(record(1, ['README.md', 'CODEOWNERS', 'SECURITY.md']), policy).warnings).toEqual([]);
  });
});

describe('buildCatalog', () => {
  it('groups by tier with the seed dashboard shape and an unknown bucket', () => {
    const catalog = buildCatalog([record(1, ['README.md']), record(3, ['README.md', 'LICENSE']), record(null, [])], policy, { commit: 'c', now: 'n' });
    expect(catalog.summary.by_tier).toEqual({ '1': 1, '2': 0, '3': 1, '4': 0, unknown: 1 });
    expect(catalog.summary).toMatchObject({ total: 3, compliant: 1, non_compliant: 2, total_violations: 5, total_warnings: 1 });
    expect(catalog.summary.compliant_ratio).toBeCloseTo(1 / 3);
  });

  it('an empty portfolio is fully compliant with no unknown bucket', () => {
    const catalog = buildCatalog([], policy, { commit: 'c', now: 'n' });
    expect(catalog.summary.compliant_ratio).toBe(1);
    expect(catalog.summary.by_tier).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0 });
  });
});
