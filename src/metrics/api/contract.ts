import type {
  GovernanceSummary,
  OperationsClassification,
  PlaceholderVerdict,
  SemverValidation,
  SpecVersionSummary,
  StabilityMetrics,
  StabilityRecord,
} from '../../model/api.ts';
import type { NoticeState } from '../../model/webhook.ts';
import type { HeadSpec, ParsedSpec } from '../../sources/openapi/index.ts';
import { classifyOperations } from './classification.ts';
import { changeCounts, type DiffCache, type SpecAt } from './diff-cache.ts';
import { runsBefore, scoreRun, upsertRun } from './history.ts';
import { decideNotice, type NoticeDecision } from './notice.ts';
import { countOperations } from './operations.ts';
import { evaluatePlaceholder, type PlaceholderThresholds } from './placeholder.ts';
import { placeholderSemver } from './semver.ts';
import { evaluateAgainst } from './semver-chain.ts';
import { describeSpecError } from './spec-error.ts';
import { baselineBefore, chainOf, lastIndex, lastValidBefore, versionOf } from './spec-versions.ts';
import { computeStabilityMetrics } from './stability.ts';
import { governanceSummary } from './summary.ts';

/**
 * The API contract of one build (seed 004): this build's stability run, the stability figures and
 * placeholder streak over every run, the SemVer policy of the spec at HEAD against its baseline,
 * the operations classification against the previous readable version, the governance summary,
 * and what the `governance_notice` webhook has to say.
 */

export interface ApiThresholds extends PlaceholderThresholds {
  stability_window_size: number;
  stability_alert_threshold: number;
}

/** The versions in git the spec at HEAD is compared with: indices into the versions, -1 for none. */
export interface ContractBases {
  /** Index of HEAD's spec when it is the last version in git; null otherwise. */
  current: number | null;
  /** The last readable version before it: the operations classification compares with it. */
  previous: number;
  /** The last readable version before it that passed the SemVer policy. */
  baseline: number;
  /** The version the last real run read (or `previous` when none matches): this run's stability compares with it. */
  run: number;
}

export interface ContractInput {
  /** The commit being built. */
  commit: string;
  now: string;
  thresholds: ApiThresholds;
  /** Every version of the spec in git, oldest first. */
  versions: readonly SpecVersionSummary[];
  head: HeadSpec;
  bases: ContractBases;
  /** The parsed versions at the indices of `bases` (`basesToRead`). */
  docs: ReadonlyMap<number, ParsedSpec>;
  /** Runs of earlier builds (`previousRuns`). */
  history: readonly StabilityRecord[];
  previousNotice: NoticeState;
  diffs: DiffCache;
}

export interface ContractFigures {
  /** Every run, this build's included, oldest first. */
  runs: StabilityRecord[];
  metrics: StabilityMetrics;
  placeholder: PlaceholderVerdict;
  semver: SemverValidation;
  classification: OperationsClassification;
  summary: GovernanceSummary;
  notice: NoticeDecision;
}

/** Which versions in git this build compares the spec at HEAD (blob `headBlob`) with. */
export function contractBases(
  versions: readonly SpecVersionSummary[],
  headBlob: string | null,
  history: readonly StabilityRecord[],
  commit: string,
): ContractBases {
  const last = versions.length - 1;
  const current = headBlob !== null && last >= 0 && versions[last]!.blob === headBlob ? last : null;
  const previous = lastValidBefore(versions, current ?? versions.length);
  const baseline = baselineBefore(versions, current ?? versions.length);
  const lastReal = runsBefore(history, commit).findLast((run) => run.spec_blob !== null);
  if (!lastReal) return { current, previous, baseline, run: -1 };
  const read = lastIndex(versions, (version) => version.blob === lastReal.spec_blob && version.valid);
  return { current, previous, baseline, run: read >= 0 ? read : previous };
}

/** The indices whose documents `evaluateContract` needs. */
export function basesToRead(bases: ContractBases): number[] {
  return [...new Set([bases.previous, bases.baseline, bases.run].filter((index) => index >= 0))].sort((a, b) => a - b);
}

export function evaluateContract(input: ContractInput): ContractFigures {
  const { commit, now, thresholds, versions, head, bases, diffs } = input;
  const at = (index: number): SpecAt | null =>
    index < 0 ? null : { commit: versions[index]!.commit, blob: versions[index]!.blob, doc: input.docs.get(index)!.doc! };
  const previous = at(bases.previous);
  const current: SpecAt | null = head.doc
    ? { commit: bases.current === null ? commit : versions[bases.current]!.commit, blob: head.blob, doc: head.doc }
    : null;

  const runs = upsertRun(input.history, runOf(commit, now, current, at(bases.run), diffs));
  const metrics = computeStabilityMetrics(runs, thresholds.stability_window_size, now);
  const placeholder = evaluatePlaceholder(metrics.extensions.placeholder_streak, thresholds);

  let semver: SemverValidation;
  if (current) {
    // Each version is checked against the last one that passed the policy (see semverChain).
    const index = bases.current ?? versions.length;
    const chain = [...chainOf(versions.slice(0, index)), { valid: true, version: versionOf(current.doc) }];
    const baseline = bases.baseline >= 0 ? bases.baseline : null;
    semver = evaluateAgainst(chain, index, baseline, bases.previous >= 0 ? bases.previous : null, (from) => diffs.get(at(from)!, current).breaking);
  } else {
    semver = placeholderSemver(head.error!, previous ? versionOf(previous.doc) : null);
  }
  const classification = classifyOperations(
    current && previous ? diffs.get(previous, current) : null,
    previous && current ? { commit: previous.commit, version: versionOf(previous.doc) } : null,
    current ? { commit: current.commit, version: versionOf(current.doc) } : null,
    current ? countOperations(current.doc.paths) : 0,
  );
  const placeholderReason = head.error ? describeSpecError(head.error) : null;
  const summary = governanceSummary({ metrics, semver, classification, placeholderReason, commit, now });

  const stabilityDrop = metrics.window_total_count > 0 && metrics.window_stability_ratio < thresholds.stability_alert_threshold;
  const notice = decideNotice(input.previousNotice, { semverFail: semver.status === 'fail', stabilityDrop, placeholderAlert: placeholder.alert }, commit);
  return { runs, metrics, placeholder, semver, classification, summary, notice };
}

/** This build's run: what changed since the spec the last real run read (`base`). */
function runOf(commit: string, now: string, current: SpecAt | null, base: SpecAt | null, diffs: DiffCache): StabilityRecord {
  let change = { added: 0, removed: 0, breaking: 0 };
  if (current) {
    // With no spec read before, this one is the baseline: nothing was added by a change (0, as in
    // operations-classification.json and governance-summary.json).
    if (base && (base.blob !== current.blob || current.blob === null)) change = changeCounts(diffs.get(base, current));
  }
  const placeholder = current === null;
  return {
    commit,
    time: now,
    spec_blob: current ? current.blob : null,
    version: current ? versionOf(current.doc) : null,
    breaking: change.breaking,
    operations_added: change.added,
    operations_removed: change.removed,
    placeholder,
    score: scoreRun({ placeholder, breaking: change.breaking }),
  };
}
