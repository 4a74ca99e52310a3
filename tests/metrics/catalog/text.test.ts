import { describe, expect, it } from 'vitest';
import { catalogSourceSchema } from '../../../src/config/sources/catalog.ts';
import { baselineText, buildCatalog, catalogText } from '../../../src/metrics/catalog/index.ts';
import type { RepoRecord } from '../../../src/sources/catalog/read.ts';

function record(id: string, tier: number | null, files: string[]): RepoRecord {
  return {
    id,
    metadata_file: `${id}/.meta/repo.yaml`,
    metadata: tier === null ? null : { name: 'r', description: 'A service', tier, owner: '@o/t', lifecycle: 'active', tags: [] },
    metadata_error: tier === null ? { message: 'expected number', where: '$.tier' } : null,
    files: Object.fromEntries(['.meta/repo.yaml', ...files].map((path) => [path, 'x'])),
  };
}

describe('catalogText', () => {
  it('lists repositories by tier, then the totals', () => {
    const catalog = buildCatalog([record('o/a', 3, ['README.md', 'LICENSE']), record('o/b', null, [])], catalogSourceSchema.parse({}), {
      commit: 'c',
      now: 't',
    });
    expect(catalogText(catalog)).toBe(
      [
        'Tier 1: 0 repos',
        'Tier 2: 0 repos',
        'Tier 3: 1 repos',
        '  compliant     o/a (@o/t)',
        'Tier 4: 0 repos',
        'Tier unknown: 1 repos',
        '  non-compliant o/b',
        '2 repositories, 1 compliant',
        '',
      ].join('\n'),
    );
  });
});

describe('baselineText', () => {
  it('names the checkpoint, the commit and the state commit, shortened', () => {
    const summary = {
      baseline: true as const,
      branch: 'govpages-state',
      state_commit: 'f'.repeat(40),
      checkpoint: { total: 6, compliant: 4, non_compliant: 2 },
      commit: 'a'.repeat(40),
    };
    expect(baselineText(summary)).toBe('baseline checkpoint of 6 repositories at aaaaaaa written to govpages-state (fffffff)\n');
  });
});
