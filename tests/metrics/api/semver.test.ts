import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSemver } from '../../../src/metrics/api/index.ts';

describe('evaluateSemver', () => {
  const cases: { previous: string | null; current: string | null; breaking: number; status: string; rule: string; hasPrevious?: boolean }[] = [
    // Rule 1: breaking => major must increase.
    { previous: '1.4.2', current: '2.0.0', breaking: 1, status: 'ok', rule: 'rule-1' },
    { previous: '1.4.2', current: '1.5.0', breaking: 2, status: 'fail', rule: 'rule-1' },
    { previous: '1.4.2', current: '1.4.3', breaking: 1, status: 'fail', rule: 'rule-1' },
    { previous: '1.4.2', current: '1.4.2', breaking: 1, status: 'fail', rule: 'rule-1' },
    { previous: '1.4.2', current: '2.0.0-rc.1', breaking: 1, status: 'ok', rule: 'rule-1' },
    { previous: '1.4.2+build.7', current: '1.4.2+build.8', breaking: 1, status: 'fail', rule: 'rule-1' },
    // Rule 2: major without breaking => fail.
    { previous: '1.4.2', current: '2.0.0', breaking: 0, status: 'fail', rule: 'rule-2' },
    { previous: '1.4.2', current: '2.0.0-beta.1', breaking: 0, status: 'fail', rule: 'rule-2' },
    // Rule 3: minor without breaking => warn.
    { previous: '1.4.2', current: '1.5.0', breaking: 0, status: 'warn', rule: 'rule-3' },
    { previous: '0.3.1', current: '0.4.0', breaking: 0, status: 'warn', rule: 'rule-3' },
    // Rule 4: patch without breaking => ok; no bump => ok.
    { previous: '1.4.2', current: '1.4.3', breaking: 0, status: 'ok', rule: 'rule-4' },
    { previous: '1.4.2', current: '1.4.3-rc.1', breaking: 0, status: 'ok', rule: 'rule-4' },
    { previous: '1.4.2', current: '1.4.2', breaking: 0, status: 'ok', rule: 'unchanged' },
    { previous: '1.4.2+a', current: '1.4.2+b', breaking: 0, status: 'ok', rule: 'unchanged' },
    // 0.x: a minor bump may break; a patch bump may not; 0.x -> 1.0.0 is the first stable release.
    { previous: '0.3.1', current: '0.4.0', breaking: 1, status: 'ok', rule: 'zero-major' },
    { previous: '0.3.1', current: '0.3.2', breaking: 1, status: 'fail', rule: 'rule-1' },
    { previous: '0.9.0', current: '1.0.0', breaking: 0, status: 'ok', rule: 'zero-major' },
    { previous: '0.9.0', current: '1.0.0', breaking: 3, status: 'ok', rule: 'rule-1' },
    // Prereleases of one upcoming version carry no promise (SemVer item 9).
    { previous: '2.0.0-rc.1', current: '2.0.0-rc.2', breaking: 1, status: 'ok', rule: 'prerelease' },
    { previous: '2.0.0-rc.2', current: '2.0.0', breaking: 1, status: 'ok', rule: 'prerelease' },
    // Not SemVer: warn with an explanation, never a crash.
    { previous: '2025.09.16+def5678', current: '2025.09.17+abc1234', breaking: 1, status: 'warn', rule: 'not-semver' },
    { previous: '1.0.0', current: 'v2', breaking: 0, status: 'warn', rule: 'not-semver' },
    { previous: 'latest', current: '1.0.0', breaking: 0, status: 'warn', rule: 'not-semver' },
    { previous: '1.0.0', current: null, breaking: 0, status: 'warn', rule: 'not-semver' },
    { previous: null, current: '1.0.0', breaking: 0, status: 'warn', rule: 'not-semver' },
    // Backwards and first version.
    { previous: '1.4.2', current: '1.4.1', breaking: 0, status: 'warn', rule: 'downgrade' },
    { previous: null, current: '1.0.0', breaking: 0, status: 'ok', rule: 'first-version', hasPrevious: false },
  ];
  for (const c of cases) {
    it(`${c.previous} -> ${c.current}, ${c.breaking} breaking: ${c.status} (${c.rule})`, () => {
      const result = evaluateSemver({
        previous: c.previous,
        current: c.current,
        breakingCount: c.breaking,
        hasPrevious: c.hasPrevious ?? true,
      });
      expect(result.status).toBe(c.status);
      expect(result.rule).toBe(c.rule);
      expect(result.breaking).toBe(c.breaking > 0);
      expect(result.current_version).toBe(c.current);
      expect(result.previous_version).toBe(c.previous);
      expect(result.messages.length).toBeGreaterThan(0);
      if (c.status === 'fail') expect(result.recommendations.length).toBeGreaterThan(0);
    });
  }

  it('recommends the next major (or next minor under 0.x) on a rule-1 failure', () => {
    expect(evaluateSemver({ previous: '1.4.2', current: '1.5.0', breakingCount: 1, hasPrevious: true }).recommendations[0]).toContain('2.0.0');
    expect(evaluateSemver({ previous: '0.3.1', current: '0.3.2', breakingCount: 1, hasPrevious: true }).recommendations[0]).toContain('0.4.0');
  });

  it('never throws, whatever the strings (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.option(fc.string()), fc.nat(5), fc.boolean(), (previous, current, breakingCount, hasPrevious) => {
        const result = evaluateSemver({ previous, current, breakingCount, hasPrevious });
        expect(['ok', 'warn', 'fail']).toContain(result.status);
      }),
    );
  });
});
