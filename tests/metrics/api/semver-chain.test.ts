import { describe, expect, it } from 'vitest';
import { type ChainVersion, semverChain } from '../../../src/metrics/api/index.ts';

/**
 * Versions with a breaking change list: `breaks[i]` = version i removed something relative to
 * everything before it. Breaking count between base and revision = breaking steps after base up
 * to revision, minus steps a later version reverted (`reverts`).
 */
function chain(versions: ChainVersion[], breakingSteps: number[], reverted: number[] = []) {
  return semverChain(versions, (base, revision) => {
    let count = 0;
    for (let i = base + 1; i <= revision; i++) if (breakingSteps.includes(i)) count++;
    for (let i = base + 1; i <= revision; i++) if (reverted.includes(i)) count--;
    return Math.max(0, count);
  });
}
const v = (version: string | null, valid = true): ChainVersion => ({ version, valid });

describe('semverChain', () => {
  it('fails the silent breaking change and passes the major bump that follows', () => {
    const result = chain([v('1.0.0'), v('1.1.0'), v('1.2.0'), v('2.0.0')], [2]);
    expect(result.results.map((r) => r?.status)).toEqual(['ok', 'warn', 'fail', 'ok']);
    expect(result.results.map((r) => r?.rule)).toEqual(['first-version', 'rule-3', 'rule-1', 'rule-1']);
    expect(result.baselines).toEqual([null, 0, 1, 1]);
    expect(result.results[3]!.previous_version).toBe('1.1.0');
    expect(result.results[3]!.messages.join(' ')).toContain('last version that passed the policy');
    expect(result.nextBaseline).toBe(3);
  });

  it('passes a revert of the breaking change under a patch bump', () => {
    const result = chain([v('1.0.0'), v('1.0.1'), v('1.0.2')], [1], [2]);
    expect(result.results.map((r) => r?.status)).toEqual(['ok', 'fail', 'ok']);
    expect(result.results[2]!.rule).toBe('rule-4');
    // 1.0.0 -> 1.0.2 against the baseline: a patch bump with nothing breaking.
    expect(result.results[2]!.previous_version).toBe('1.0.0');
  });

  it('keeps failing while the breaking change is still unreleased under a new major', () => {
    const result = chain([v('1.0.0'), v('1.0.1'), v('1.0.2')], [1]);
    expect(result.results.map((r) => r?.status)).toEqual(['ok', 'fail', 'fail']);
    expect(result.baselines).toEqual([null, 0, 0]);
  });

  it('skips versions that could not be parsed', () => {
    const result = chain([v('1.0.0'), v(null, false), v('1.0.1')], []);
    expect(result.results.map((r) => r?.status ?? null)).toEqual(['ok', null, 'ok']);
    expect(result.baselines).toEqual([null, null, 0]);
  });

  it('a version that is not SemVer warns and becomes the baseline', () => {
    const result = chain([v('2025.09.16+def5678'), v('2025.09.17+abc1234')], [1]);
    expect(result.results.map((r) => r?.status)).toEqual(['warn', 'warn']);
    expect(result.results.map((r) => r?.rule)).toEqual(['not-semver', 'not-semver']);
    expect(result.nextBaseline).toBe(1);
  });
});
