import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogSourceSchema } from '../../../src/config/sources/catalog.ts';
import { catalogDemoSteps } from '../../../src/demo/catalog.ts';
import { openRepository } from '../../../src/git/index.ts';
import type { EnforcementReport } from '../../../src/model/catalog.ts';
import { startingState } from '../../../src/pipeline/kinds/catalog.ts';
import { checkCatalogWorkTree } from '../../../src/pipeline/work-tree/catalog.ts';
import { catalogStateFiles } from '../../../src/publish/files/catalog.ts';
import { scratchRepo, tempDir } from '../../helpers/git.ts';
import { gitOutput, repositoryFromSteps } from '../kinds/catalog/demo-repo.ts';

const source = catalogSourceSchema.parse({});
const NOW = '2026-07-01T00:00:00Z';

describe('startingState', () => {
  it('without saved checkpoints, reconstructs one from the commit before the last change to the catalog', async () => {
    const dir = repositoryFromSteps(catalogDemoSteps);
    const progress: string[] = [];
    const state = await startingState(await openRepository(dir), new Map(), 'govpages-state', source, (message) => progress.push(message));
    const before = gitOutput(dir, ['rev-parse', 'HEAD^']);
    expect(state.previous).toBeNull();
    expect(state.latest).toMatchObject({
      commit: before,
      backfilled: true,
      baseline: false,
      created_at: '2026-04-11T11:00:00Z',
      summary: { total: 6, compliant: 5 },
    });
    expect(state.history).toEqual([{ commit: before, created_at: '2026-04-11T11:00:00Z', baseline: false, total: 6, compliant: 5, non_compliant: 1 }]);
    expect(progress).toEqual([`catalog: no saved checkpoint; reconstructing one from ${before.slice(0, 7)}`]);
  });

  it('keeps saved checkpoints as they are', async () => {
    const dir = repositoryFromSteps(catalogDemoSteps);
    const repo = await openRepository(dir);
    const saved = await startingState(repo, new Map(), 'govpages-state', source);
    expect(await startingState(repo, new Map(Object.entries(catalogStateFiles(saved))), 'govpages-state', source)).toEqual(saved);
  });

  it('is empty when the last change to the catalog added its first version: that version is the baseline, not drift', async () => {
    const repo = scratchRepo();
    repo.write('README.md', 'hello\n');
    repo.commit('readme', '2026-06-01T00:00:00Z');
    repo.write('organizations/o/a/.meta/repo.yaml', 'name: a\ndescription: d\ntier: 3\nowner: t\n');
    repo.write('organizations/o/a/README.md', 'a\n');
    repo.commit('add the catalog', '2026-06-26T00:00:00Z');
    expect(await startingState(await openRepository(repo.dir), new Map(), 'govpages-state', source)).toEqual({ latest: null, previous: null, history: [] });
  });

  it('is empty when the only change to the catalog is the root commit', async () => {
    const dir = repositoryFromSteps(catalogDemoSteps.slice(0, 1));
    expect(await startingState(await openRepository(dir), new Map(), 'govpages-state', source)).toEqual({ latest: null, previous: null, history: [] });
  });
});

describe('checkCatalogWorkTree outside git', () => {
  const dir = tempDir('govpages-catalog-plain-');
  mkdirSync(join(dir, 'organizations/o/a/.meta'), { recursive: true });
  writeFileSync(join(dir, 'organizations/o/a/.meta/repo.yaml'), 'name: a\ndescription: d\ntier: 3\nowner: t\n');
  writeFileSync(join(dir, 'organizations/o/a/README.md'), 'a\n');

  it('enforces a plain folder, with "worktree" for the commit', async () => {
    const result = await checkCatalogWorkTree({ action: 'enforce', dir, env: {}, now: NOW });
    expect(result.exitCode).toBe(0);
    expect(result.json as EnforcementReport).toMatchObject({ commit: 'worktree', total_repos: 1, total_warnings: 1, passed: true });
    expect(result.text).toContain('WARN organizations/o/a (tier 3)');
    expect((await checkCatalogWorkTree({ action: 'enforce', dir, env: {}, now: NOW, strict: true })).exitCode).toBe(1);
  });

  it.each(['checkpoint', 'baseline'] as const)('%s needs a git repository', async (action) => {
    await expect(checkCatalogWorkTree({ action, dir, env: {}, now: NOW })).rejects.toThrow(/not a git repository/);
  });

  it('a missing folder is bad input naming it', async () => {
    await expect(checkCatalogWorkTree({ action: 'report', dir: join(dir, 'missing'), env: {}, now: NOW })).rejects.toMatchObject({
      exitCode: 2,
      message: 'directory not found (expected a repository)',
      location: { file: join(dir, 'missing') },
    });
  });
});
