import semver from 'semver';
import type { SemverStatus, SemverValidation, SpecError } from '../../model/api.ts';
import { describeSpecError } from './spec-error.ts';

export interface SemverInput {
  /** `info.version` of the current spec; null when absent. */
  current: string | null;
  /** `info.version` of the previous version of the spec in git; null when there is none. */
  previous: string | null;
  /** Breaking findings between the two versions. */
  breakingCount: number;
  /** False when there is no previous version of the spec to compare with. */
  hasPrevious: boolean;
}

/**
 * The seed's policy, rules 1-4, over full SemVer 2.0.0 (the `semver` package: prerelease and build
 * metadata included; build metadata never counts as a bump):
 *
 * 1. breaking change => major must increase (fail otherwise);
 * 2. major increased without breaking change => fail;
 * 3. minor bump without breaking change => warn;
 * 4. patch bump (or no bump) without breaking change => ok.
 *
 * Two readings the seed leaves open, decided here: under 0.x (SemVer item 4, and npm's caret) a
 * minor bump may break, and 0.x -> 1.0.0 declares the first stable API, which is not "artificial"
 * churn; between prereleases of one upcoming version (2.0.0-rc.1 -> 2.0.0-rc.2 -> 2.0.0) breaking
 * changes are allowed (SemVer item 9). A version that is not SemVer (the seed's own
 * `2025.09.17+abc1234` form) cannot be checked: `warn` with an explanation.
 */
export function evaluateSemver(input: SemverInput): SemverValidation {
  const breaking = input.breakingCount > 0;
  const base = { current_version: input.current, previous_version: input.previous, breaking };
  const breakingText = `${input.breakingCount} breaking change${input.breakingCount === 1 ? '' : 's'}`;
  const result = (status: SemverStatus, rule: string, messages: string[], recommendations: string[] = []): SemverValidation => ({
    ...base,
    status,
    rule,
    messages,
    recommendations,
  });

  if (input.current === null) {
    return result(
      'warn',
      'not-semver',
      ['info.version is missing from the current spec, so the SemVer policy cannot be checked.'],
      ['Set info.version to a SemVer 2.0.0 version such as 1.4.0.'],
    );
  }
  const current = semver.parse(input.current);
  if (!current) {
    return result(
      'warn',
      'not-semver',
      [
        `Current version ${JSON.stringify(input.current)} is not SemVer 2.0.0 (MAJOR.MINOR.PATCH[-prerelease][+build]), so the policy cannot be checked` +
          (breaking ? `; ${breakingText} found.` : '.'),
      ],
      ['Use a SemVer version in info.version (keep a date or commit as build metadata: 1.4.0+2025.09.17).'],
    );
  }
  if (!input.hasPrevious) {
    return result('ok', 'first-version', [`First version of the spec (${current.version}); nothing to compare with.`]);
  }
  if (input.previous === null) {
    return result('warn', 'not-semver', ['info.version is missing from the previous spec, so the policy cannot be checked.']);
  }
  const previous = semver.parse(input.previous);
  if (!previous) {
    return result('warn', 'not-semver', [
      `Previous version ${JSON.stringify(input.previous)} is not SemVer 2.0.0, so the policy cannot be checked${breaking ? `; ${breakingText} found.` : '.'}`,
    ]);
  }
  const from = previous.version;
  const to = current.version;
  if (semver.lt(current, previous)) {
    return result('warn', 'downgrade', [`Version went backwards: ${from} -> ${to}.`], [`Release a version above ${from}.`]);
  }

  const nextMajor = previous.major === 0 ? semver.inc(previous, 'minor')! : semver.inc(previous, 'major')!;
  const samePrereleaseLine =
    previous.prerelease.length > 0 && previous.major === current.major && previous.minor === current.minor && previous.patch === current.patch;
  const majorUp = current.major > previous.major;
  const minorUp = !majorUp && current.minor > previous.minor;
  const patchUp = !majorUp && !minorUp && current.patch > previous.patch;

  if (samePrereleaseLine) {
    return result('ok', 'prerelease', [
      `${from} -> ${to}: changes between prereleases of ${current.major}.${current.minor}.${current.patch} carry no compatibility promise (SemVer item 9)` +
        (breaking ? `; ${breakingText} allowed.` : '.'),
    ]);
  }
  if (breaking) {
    if (majorUp) return result('ok', 'rule-1', [`${breakingText} with a major bump (${from} -> ${to}): policy satisfied.`]);
    if (previous.major === 0 && minorUp) {
      return result('ok', 'zero-major', [`${breakingText} with a minor bump under 0.x (${from} -> ${to}): allowed before 1.0.0.`]);
    }
    return result(
      'fail',
      'rule-1',
      [`${breakingText} but the ${previous.major === 0 ? 'minor' : 'major'} version did not increase (${from} -> ${to}).`],
      [`Release the change as ${nextMajor}, or revert the breaking change.`],
    );
  }
  if (majorUp) {
    if (previous.major === 0) {
      return result('ok', 'zero-major', [`${from} -> ${to}: first stable major release; no breaking change.`]);
    }
    return result(
      'fail',
      'rule-2',
      [`Major version increased (${from} -> ${to}) without any breaking change.`],
      [`Release as ${semver.inc(previous, 'minor')} (or ${semver.inc(previous, 'patch')}) instead of a new major.`],
    );
  }
  if (minorUp) {
    return result(
      'warn',
      'rule-3',
      [`Minor version increased (${from} -> ${to}) with no breaking change: allowed.`],
      ['A patch bump may have sufficed unless operations or fields were added.'],
    );
  }
  if (patchUp) return result('ok', 'rule-4', [`Patch bump (${from} -> ${to}) with no breaking change.`]);
  return result('ok', 'unchanged', [`Version unchanged (${to}) and no breaking change.`]);
}

/** The policy when the current spec could not be read: a warning naming why, checked again next build. */
export function placeholderSemver(error: SpecError, previousVersion: string | null): SemverValidation {
  return {
    status: 'warn',
    current_version: null,
    previous_version: previousVersion,
    breaking: false,
    messages: [`The current spec could not be read, so the SemVer policy cannot be checked: ${describeSpecError(error)}`],
    recommendations: ['Fix the spec (see the placeholder error); the policy is checked again on the next build.'],
    rule: 'placeholder',
  };
}
