import type { SpecVersionSummary } from '../../model/api.ts';
import type { OpenApiDocument, ParsedSpec } from '../../sources/openapi/index.ts';
import { changeCounts, type DiffCache } from './diff-cache.ts';
import { countOperations } from './operations.ts';
import { type ChainVersion, evaluateAgainst } from './semver-chain.ts';

/**
 * Every version of the spec in git, summarised: operations, diff against the last readable version
 * before it, SemVer status against its baseline. Only versions not summarised yet are parsed and
 * diffed (the others come from `api/spec-versions.json`), plus the two they compare with.
 */

/** The parsed versions at `indices` (ascending), one at a time, in order: the reader of `sources/openapi`. */
export type SpecVersionReader = (indices: readonly number[]) => AsyncIterable<readonly [number, ParsedSpec]>;

export interface SummarizedVersions {
  summaries: SpecVersionSummary[];
  /** Documents still parsed at the end: the last readable version and the SemVer baseline. */
  parsed: ReadonlyMap<number, ParsedSpec>;
}

/** A version of the spec in git, as the summary needs it. */
export interface VersionRef {
  commit: string;
  blob: string;
  date: string;
}

/**
 * Summarises `versions` after the `cached` prefix, reading each new version once through `read` and
 * keeping only what later versions compare with, so a long history never sits in memory.
 */
export async function summarizeSpecVersions(
  versions: readonly VersionRef[],
  cached: readonly SpecVersionSummary[],
  read: SpecVersionReader,
  diffs: DiffCache,
): Promise<SummarizedVersions> {
  const summaries = [...cached];
  const start = summaries.length;
  const parsed = new Map<number, ParsedSpec>();
  let lastValid = lastIndex(summaries, (summary) => summary.valid);
  let baseline = lastIndex(summaries, isBaseline);
  if (start === versions.length) return { summaries, parsed };

  const wanted = [...new Set([lastValid, baseline].filter((index) => index >= 0))].sort((a, b) => a - b);
  for (let index = start; index < versions.length; index++) wanted.push(index);
  for await (const [index, spec] of read(wanted)) {
    parsed.set(index, spec);
    if (index < start) continue;
    const summary = summarizeVersion(index, { versions, summaries, parsed, diffs, lastValid, baseline });
    summaries[index] = summary;
    if (summary.valid) {
      if (summary.semver_status !== 'fail') baseline = index;
      lastValid = index;
    }
    for (const kept of [...parsed.keys()]) if (kept !== lastValid && kept !== baseline) parsed.delete(kept);
  }
  return { summaries, parsed };
}

/** Index of the last valid version before `before`, or -1. */
export function lastValidBefore(summaries: readonly SpecVersionSummary[], before: number): number {
  return lastIndex(summaries.slice(0, before), (summary) => summary.valid);
}

/** Index of the SemVer baseline for a version at `before`: the last valid version that did not fail. */
export function baselineBefore(summaries: readonly SpecVersionSummary[], before: number): number {
  return lastIndex(summaries.slice(0, before), isBaseline);
}

export function chainOf(summaries: readonly SpecVersionSummary[]): ChainVersion[] {
  return summaries.map((summary) => ({ valid: summary.valid, version: summary.version }));
}

/** `info.version`, when it is a non-blank string. */
export function versionOf(doc: OpenApiDocument): string | null {
  const version = (doc.info as { version?: unknown } | undefined)?.version;
  return typeof version === 'string' && version.trim() ? version : null;
}

/** `info.title`, when it is a string. */
export function titleOf(doc: OpenApiDocument): string | null {
  const title = (doc.info as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title : null;
}

export function lastIndex<T>(items: readonly T[], predicate: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!, i)) return i;
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Internal

interface SummarizeContext {
  versions: readonly VersionRef[];
  summaries: readonly SpecVersionSummary[];
  parsed: ReadonlyMap<number, ParsedSpec>;
  diffs: DiffCache;
  lastValid: number;
  baseline: number;
}

function summarizeVersion(index: number, context: SummarizeContext): SpecVersionSummary {
  const { versions, summaries, parsed, diffs, lastValid, baseline } = context;
  const version = versions[index]!;
  const spec = parsed.get(index)!;
  const base = { commit: version.commit, blob: version.blob, date: version.date };
  if (!spec.doc) {
    return { ...base, version: null, valid: false, operations: 0, added: 0, removed: 0, breaking: 0, semver_status: null };
  }
  const doc = spec.doc;
  const at = (i: number) => ({ blob: versions[i]!.blob, doc: parsed.get(i)!.doc! });
  const operations = countOperations(doc.paths);
  // The first readable version is the baseline: its operations were not added by a change.
  let change = { added: 0, removed: 0, breaking: 0 };
  if (lastValid >= 0) {
    change =
      versions[lastValid]!.blob === version.blob ? { added: 0, removed: 0, breaking: 0 } : changeCounts(diffs.get(at(lastValid), { blob: version.blob, doc }));
  }
  const chain = [...chainOf(summaries.slice(0, index)), { valid: true, version: versionOf(doc) }];
  const semver = evaluateAgainst(
    chain,
    index,
    baseline >= 0 ? baseline : null,
    lastValid >= 0 ? lastValid : null,
    (from) => diffs.get(at(from), { blob: version.blob, doc }).breaking,
  );
  return { ...base, version: versionOf(doc), valid: true, operations, ...change, semver_status: semver.status };
}

function isBaseline(summary: SpecVersionSummary): boolean {
  return summary.valid && summary.semver_status !== 'fail';
}
