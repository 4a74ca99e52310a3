import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceCheckpoints, baselineCheckpoints, computeDrift, HISTORY_LIMIT } from '../../../src/metrics/catalog/index.ts';
import type { Checkpoint, CheckpointRepository } from '../../../src/model/catalog.ts';

function checkpoint(commit: string, repositories: Record<string, Partial<CheckpointRepository>>): Checkpoint {
  const full = Object.fromEntries(
    Object.entries(repositories).map(([id, repo]) => [id, { tier: 2, compliant: true, violations: 0, warnings: 0, files: {}, ...repo }]),
  );
  const compliant = Object.values(full).filter((repo) => repo.compliant).length;
  return {
    checkpoint_version: 1,
    commit,
    created_at: `${commit}-time`,
    baseline: false,
    backfilled: false,
    summary: { total: Object.keys(full).length, compliant, non_compliant: Object.keys(full).length - compliant },
    repositories: full,
  };
}

describe('computeDrift', () => {
  const previous = checkpoint('a', {
    keep: { files: { 'README.md': '1', LICENSE: '2' } },
    degrade: {},
    improve: { compliant: false, violations: 2 },
    gone: { tier: 3 },
  });
  const latest = checkpoint('b', {
    keep: { files: { 'README.md': '1x', 'NEW.md': '3' } },
    degrade: { compliant: false, violations: 1 },
    improve: {},
    fresh: { tier: 1, compliant: false },
  });

  it('classifies every kind of drift', () => {
    const drift = computeDrift(previous, latest);
    expect(drift.compliance_degraded).toEqual([{ repository: 'degrade', tier: 2, violations: 1 }]);
    expect(drift.compliance_improved).toEqual([{ repository: 'improve', tier: 2 }]);
    expect(drift.new_repos).toEqual([{ repository: 'fresh', tier: 1, compliant: false }]);
    expect(drift.removed_repos).toEqual([{ repository: 'gone', tier: 3, compliant: true }]);
    expect(drift.changed_hashes).toEqual([{ repository: 'keep', added: ['NEW.md'], removed: ['LICENSE'], modified: ['README.md'] }]);
    expect(drift.summary).toEqual({ compliance_degraded: 1, compliance_improved: 1, new_repos: 1, removed_repos: 1, changed_repos: 1, changed_files: 3 });
    expect(drift.has_drift).toBe(true);
  });

  it('no previous checkpoint: no drift', () => {
    const drift = computeDrift(null, latest);
    expect(drift.has_drift).toBe(false);
    expect(drift.previous).toBeNull();
  });

  it('a checkpoint compared with itself has no drift (property)', () => {
    const repo = fc.record({
      tier: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
      compliant: fc.boolean(),
      violations: fc.nat(),
      warnings: fc.nat(),
      files: fc.dictionary(fc.string(), fc.string()),
    });
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), repo), (repositories) => {
        const cp = checkpoint('x', repositories);
        expect(computeDrift(cp, cp).has_drift).toBe(false);
      }),
    );
  });

  it('degraded and improved swap when the checkpoints are swapped (property)', () => {
    const repos = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.record({ compliant: fc.boolean() }));
    fc.assert(
      fc.property(repos, repos, (one, two) => {
        const forward = computeDrift(checkpoint('1', one), checkpoint('2', two));
        const backward = computeDrift(checkpoint('2', two), checkpoint('1', one));
        expect(forward.compliance_degraded.map((entry) => entry.repository)).toEqual(backward.compliance_improved.map((entry) => entry.repository));
        expect(forward.new_repos.map((entry) => entry.repository)).toEqual(backward.removed_repos.map((entry) => entry.repository));
      }),
    );
  });
});

describe('checkpoint state', () => {
  const a = checkpoint('a', {});
  const b = checkpoint('b', {});
  const b2 = { ...checkpoint('b', { x: {} }) };

  it('a new commit shifts latest to previous and appends history', () => {
    const state = advanceCheckpoints({ latest: a, previous: null, history: [] }, b);
    expect([state.previous?.commit, state.latest?.commit, state.history.map((entry) => entry.commit)]).toEqual(['a', 'b', ['b']]);
  });

  it('a rebuild of the same commit replaces latest and its history line', () => {
    const once = advanceCheckpoints({ latest: a, previous: null, history: [] }, b);
    const twice = advanceCheckpoints(once, b2);
    expect(twice.previous?.commit).toBe('a');
    expect(twice.latest).toBe(b2);
    expect(twice.history.map((entry) => [entry.commit, entry.total])).toEqual([['b', 1]]);
  });

  it('a baseline drops the previous checkpoint and survives a rebuild', () => {
    const based = baselineCheckpoints({ latest: a, previous: checkpoint('z', {}), history: [] }, b);
    expect([based.previous, based.latest?.baseline]).toEqual([null, true]);
    const rebuilt = advanceCheckpoints(based, b2);
    expect([rebuilt.previous, rebuilt.latest?.baseline]).toEqual([null, true]);
  });

  it(`keeps at most ${HISTORY_LIMIT} history lines`, () => {
    let state = { latest: null as Checkpoint | null, previous: null as Checkpoint | null, history: [] as ReturnType<typeof advanceCheckpoints>['history'] };
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) state = advanceCheckpoints(state, checkpoint(String(i), {}));
    expect(state.history).toHaveLength(HISTORY_LIMIT);
    expect(state.history[0]!.commit).toBe('5');
  });
});
