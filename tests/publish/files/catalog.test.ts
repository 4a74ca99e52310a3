import { describe, expect, it } from 'vitest';
import { catalogSourceSchema } from '../../../src/config/sources/catalog.ts';
import { advanceCheckpoints, buildCatalog, computeDrift, enforcementReport, evaluateCatalog } from '../../../src/metrics/catalog/index.ts';
import type { CheckpointState } from '../../../src/model/catalog.ts';
import { catalogBadges, catalogFiles, catalogStateFiles } from '../../../src/publish/files/catalog.ts';
import { readCheckpointState } from '../../../src/sources/catalog/index.ts';
import type { RepoRecord } from '../../../src/sources/catalog/read.ts';

const records: RepoRecord[] = [
  {
    id: 'o/a',
    metadata_file: 'o/a/.meta/repo.yaml',
    metadata: { name: 'a', description: 'A service', tier: 3, owner: '@o/t', lifecycle: 'active', tags: [] },
    metadata_error: null,
    files: { '.meta/repo.yaml': '1', 'README.md': '2', LICENSE: '3' },
  },
];
const policy = catalogSourceSchema.parse({});
const first = evaluateCatalog(records, policy, { commit: 'a'.repeat(40), now: '2026-01-01T00:00:00Z' });
const second = evaluateCatalog(records, policy, { commit: 'b'.repeat(40), now: '2026-01-02T00:00:00Z' });
const state = advanceCheckpoints(advanceCheckpoints({ latest: null, previous: null, history: [] }, first.checkpoint), second.checkpoint);

describe('catalogStateFiles', () => {
  it.each([
    { name: 'empty', state: { latest: null, previous: null, history: [] }, paths: [] },
    {
      name: 'one checkpoint',
      state: advanceCheckpoints({ latest: null, previous: null, history: [] }, first.checkpoint),
      paths: ['catalog/checkpoint-latest.json', 'catalog/checkpoint-history.jsonl'],
    },
    { name: 'two checkpoints', state, paths: ['catalog/checkpoint-latest.json', 'catalog/checkpoint-previous.json', 'catalog/checkpoint-history.jsonl'] },
  ] satisfies { name: string; state: CheckpointState; paths: string[] }[])('$name: written and read back unchanged', ({ state: kept, paths }) => {
    const files = catalogStateFiles(kept);
    expect(Object.keys(files)).toEqual(paths);
    expect(readCheckpointState(new Map(Object.entries(files)), 'govpages-state')).toEqual(kept);
  });
});

describe('catalogFiles', () => {
  const catalog = buildCatalog(records, policy, { commit: 'b'.repeat(40), now: '2026-01-02T00:00:00Z' });
  const drift = computeDrift(state.previous, state.latest!);
  const base = { catalog, report: enforcementReport(catalog, false), state, drift, driftReport: '# Drift report\n' };
  const paths = [
    'status/catalog.json',
    'status/enforcement.json',
    'status/repo-schema.json',
    'status/checkpoint-latest.json',
    'status/drift.json',
    'status/latest-drift.md',
    'status/drift-issue.json',
  ];

  it.each([
    { open: false, extra: [] },
    { open: true, extra: ['status/drift-issue.md'] },
  ])('an open issue $open adds $extra', ({ open, extra }) => {
    const issue = { open, title: open ? 'T' : '', body: open ? 'B\n' : '', labels: [] };
    const files = catalogFiles({ ...base, issue });
    expect(files.map((file) => file.path)).toEqual([...paths, ...extra]);
    if (open) expect(files.at(-1)!.content).toBe('# T\n\nB\n');
    expect(files.find((file) => file.path === 'status/latest-drift.md')!.content).toBe('# Drift report\n');
  });
});

describe('catalogBadges', () => {
  it('the compliance and the degraded badge, with the cache time', () => {
    const drift = computeDrift(state.previous, state.latest!);
    expect(catalogBadges(first.catalog.summary, drift.summary, 600).map((badge) => [badge.file, badge.kind, badge.endpoint.cacheSeconds])).toEqual([
      ['badge-catalog-compliance.json', 'catalog', 600],
      ['badge-catalog-degraded.json', 'catalog', 600],
    ]);
  });
});
