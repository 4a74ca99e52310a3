import type { SemverValidation } from '../../model/api.ts';
import { evaluateSemver } from './semver.ts';

export interface ChainVersion {
  /** False when this version of the spec could not be parsed: it is skipped. */
  valid: boolean;
  /** `info.version`. */
  version: string | null;
}

export interface ChainResult {
  /** Policy result per version (null for invalid versions). */
  results: (SemverValidation | null)[];
  /** Index of the baseline each version was compared with (null: first version, or invalid). */
  baselines: (number | null)[];
  /** Baseline the next version would be compared with. */
  nextBaseline: number | null;
}

/**
 * Applies the SemVer policy along the history of the spec. Each version is compared with its
 * baseline: the latest earlier version that did not fail the policy. A version that failed is no
 * release to build on: after `1.1.0 -> 1.2.0` removed an operation (fail), `2.0.0` is compared
 * with `1.1.0` again, so the major bump that owns up to the removal passes (rule 1), where
 * comparing with `1.2.0` would call it a major bump without breaking change (rule 2). Reverting the
 * removal instead (`1.2.1`, nothing breaking against `1.1.0`) passes too.
 *
 * `breakingBetween(base, revision)` counts breaking findings between two version indices.
 */
export function semverChain(versions: readonly ChainVersion[], breakingBetween: (base: number, revision: number) => number): ChainResult {
  const results: (SemverValidation | null)[] = [];
  const baselines: (number | null)[] = [];
  let baseline: number | null = null;
  let previousValid: number | null = null;
  versions.forEach((version, index) => {
    if (!version.valid) {
      results.push(null);
      baselines.push(null);
      return;
    }
    const result = evaluateAgainst(versions, index, baseline, previousValid, breakingBetween);
    results.push(result);
    baselines.push(baseline);
    if (result.status !== 'fail') baseline = index;
    previousValid = index;
  });
  return { results, baselines, nextBaseline: baseline };
}

/** The policy for `versions[index]` against `baseline`, noting when versions in between failed. */
export function evaluateAgainst(
  versions: readonly ChainVersion[],
  index: number,
  baseline: number | null,
  previousValid: number | null,
  breakingBetween: (base: number, revision: number) => number,
): SemverValidation {
  const current = versions[index]!;
  const result = evaluateSemver({
    current: current.version,
    previous: baseline === null ? null : versions[baseline]!.version,
    breakingCount: baseline === null ? 0 : breakingBetween(baseline, index),
    hasPrevious: baseline !== null,
  });
  if (baseline !== null && previousValid !== null && previousValid !== baseline) {
    const skipped = versions[previousValid]!.version ?? '(no version)';
    result.messages.push(
      `Compared with ${versions[baseline]!.version ?? '(no version)'}, the last version that passed the policy (${skipped} and any between failed it).`,
    );
  }
  return result;
}
