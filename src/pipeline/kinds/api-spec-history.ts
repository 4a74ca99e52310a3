import { createHash } from 'node:crypto';
import { z } from 'zod';
import { GovpagesError } from '../../core/errors.ts';
import { listFileVersions, readBlobs, type Repository } from '../../git/index.ts';
import { stableJson } from '../../core/json.ts';
import { countOperations, evaluateAgainst, type ChainVersion } from '../../metrics/api/index.ts';
import { diffOpenApi, RULES, type OpenApiDiff } from '../../metrics/openapi/index.ts';
import { GOVPAGES_VERSION } from '../../core/version.ts';
import type { SpecError, SpecVersionSummary } from '../../model/api.ts';
import { parseOpenApi, type OpenApiDocument } from '../../sources/openapi/index.ts';

/**
 * Every version of the spec in git, summarised (operations, diff against the last readable version
 * before it, SemVer status against its baseline). Summaries are kept on the state branch
 * (`api/spec-versions.json`), keyed by commit and blob, so a build parses and diffs only the
 * versions that are new since the last build, plus the two or three it compares the current spec
 * with; the first build (or a new diff rule set) does the whole history once.
 */
export const VERSIONS_STATE_PATH = 'api/spec-versions.json';

/** A version of the spec in git (deletions left out). */
export interface LiveVersion {
  commit: string;
  /** Commit date, ISO 8601 UTC. */
  date: string;
  blob: string;
  path: string;
}

export interface Parsed {
  doc: OpenApiDocument | null;
  error: SpecError | null;
}

export interface SpecHistory {
  live: LiveVersion[];
  summaries: SpecVersionSummary[];
  docs: DocStore;
  diffs: DiffCache;
  /** The new `api/spec-versions.json`. */
  cacheText: string;
}

const summarySchema = z.strictObject({
  commit: z.string(),
  blob: z.string(),
  date: z.string(),
  version: z.string().nullable(),
  valid: z.boolean(),
  operations: z.number().int().min(0),
  added: z.number().int().min(0),
  removed: z.number().int().min(0),
  breaking: z.number().int().min(0),
  semver_status: z.enum(['ok', 'warn', 'fail']).nullable(),
});

const cacheSchema = z.strictObject({ engine: z.string(), versions: z.array(summarySchema) });

/**
 * Changes whenever the diff rules, this summary format or govpages itself change, so stale summaries
 * are redone: a rule's logic can change without its id or level changing, and a new release may
 * carry such a change.
 */
export const ENGINE_FINGERPRINT = createHash('sha256')
  .update(JSON.stringify({ format: 1, govpages: GOVPAGES_VERSION, rules: RULES.map((rule) => [rule.id, rule.level]) }))
  .digest('hex')
  .slice(0, 16);

export async function readSpecHistory(repo: Repository, specPath: string, cacheText: string | undefined): Promise<SpecHistory> {
  const live: LiveVersion[] = (await listFileVersions(repo, specPath))
    .filter((version) => version.blob !== null)
    .map((version) => ({
      commit: version.commit,
      date: new Date(version.timestamp * 1000).toISOString(),
      blob: version.blob!,
      path: version.path,
    }));
  const cached = readCache(cacheText);
  // Reuse the longest prefix whose commits and blobs match (a rewritten history changes the ids).
  let start = 0;
  while (start < live.length && cached[start]?.commit === live[start]!.commit && cached[start]!.blob === live[start]!.blob) start++;
  const summaries: SpecVersionSummary[] = cached.slice(0, start);
  const docs = new DocStore(repo, live);
  const diffs = new DiffCache();

  let lastValid = lastIndex(summaries, (summary) => summary.valid);
  let baseline = lastIndex(summaries, (summary) => summary.valid && summary.semver_status !== 'fail');
  if (start < live.length) {
    const wanted = [...new Set([lastValid, baseline].filter((index) => index >= 0))].sort((a, b) => a - b);
    for (let index = start; index < live.length; index++) wanted.push(index);
    for await (const index of docs.stream(wanted)) {
      if (index < start) continue;
      const summary = summarize(index, { live, summaries, docs, diffs, lastValid, baseline });
      summaries[index] = summary;
      if (summary.valid) {
        if (summary.semver_status !== 'fail') baseline = index;
        lastValid = index;
      }
      // Keep only what later versions compare with, so a long history never sits in memory.
      docs.retain([lastValid, baseline]);
    }
  }
  return { live, summaries, docs, diffs, cacheText: stableJson({ engine: ENGINE_FINGERPRINT, versions: summaries }) };
}

/** Index of the last valid version before `before`, or -1. */
export function lastValidBefore(summaries: readonly SpecVersionSummary[], before: number): number {
  return lastIndex(summaries.slice(0, before), (summary) => summary.valid);
}

/** Index of the SemVer baseline for a version at `before`: the last valid version that did not fail. */
export function baselineBefore(summaries: readonly SpecVersionSummary[], before: number): number {
  return lastIndex(summaries.slice(0, before), (summary) => summary.valid && summary.semver_status !== 'fail');
}

export function chainOf(summaries: readonly SpecVersionSummary[]): ChainVersion[] {
  return summaries.map((summary) => ({ valid: summary.valid, version: summary.version }));
}

export async function parseSpec(content: Buffer, file: string): Promise<Parsed> {
  try {
    return { doc: await parseOpenApi(content.toString('utf8'), file), error: null };
  } catch (error) {
    if (!(error instanceof GovpagesError)) throw error;
    return { doc: null, error: { message: error.message, file: error.location.file ?? file, where: error.location.where ?? null } };
  }
}

export function versionOf(doc: OpenApiDocument): string | null {
  const version = (doc.info as { version?: unknown } | undefined)?.version;
  return typeof version === 'string' && version.trim() ? version : null;
}

/** Git's blob id of `content`, to tell whether HEAD's spec is the last version in history. */
export function gitBlobId(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

/** Parsed versions by index, read from git in one `cat-file --batch` per request. */
export class DocStore {
  private readonly parsed = new Map<number, Parsed>();
  private readonly repo: Repository;
  private readonly live: LiveVersion[];
  constructor(repo: Repository, live: LiveVersion[]) {
    this.repo = repo;
    this.live = live;
  }

  async get(index: number): Promise<Parsed> {
    const known = this.parsed.get(index);
    if (known) return known;
    for await (const _ of this.stream([index])) void _;
    return this.parsed.get(index)!;
  }

  /** Parses `indices` (ascending) and yields each, in order, once its document is available. */
  async *stream(indices: number[]): AsyncGenerator<number> {
    const missing = indices.filter((index) => !this.parsed.has(index));
    const toRead = new Set(missing);
    const blobs = readBlobs(this.repo.root, missing.map((index) => this.live[index]!.blob));
    try {
      for (const index of indices) {
        if (toRead.has(index)) {
          const blob = await blobs.next();
          if (blob.done) throw new Error(`git cat-file ended before blob ${this.live[index]!.blob}`);
          this.parsed.set(index, await parseSpec(blob.value.content, this.live[index]!.path));
        } else if (!this.parsed.has(index)) {
          await this.get(index);
        }
        yield index;
      }
    } finally {
      await blobs.return(undefined);
    }
  }

  /** Drops every parsed document except those at `keep`. */
  retain(keep: readonly number[]): void {
    for (const index of [...this.parsed.keys()]) if (!keep.includes(index)) this.parsed.delete(index);
  }

  peek(index: number): Parsed | undefined {
    return this.parsed.get(index);
  }
}

/** Diffs by (base blob, revision blob), so the same pair is never diffed twice in one build. */
export class DiffCache {
  private readonly cache = new Map<string, OpenApiDiff>();
  get(base: { blob: string | null; doc: OpenApiDocument }, revision: { blob: string | null; doc: OpenApiDocument }): OpenApiDiff {
    const key = base.blob && revision.blob ? `${base.blob}:${revision.blob}` : null;
    const cached = key ? this.cache.get(key) : undefined;
    if (cached) return cached;
    const diff = diffOpenApi(base.doc, revision.doc);
    if (key) this.cache.set(key, diff);
    return diff;
  }
}

// ---------------------------------------------------------------------------------------------
// Internal

interface SummarizeContext {
  live: LiveVersion[];
  summaries: SpecVersionSummary[];
  docs: DocStore;
  diffs: DiffCache;
  lastValid: number;
  baseline: number;
}

function summarize(index: number, context: SummarizeContext): SpecVersionSummary {
  const { live, summaries, docs, diffs, lastValid, baseline } = context;
  const version = live[index]!;
  const parsed = docs.peek(index)!;
  const base = { commit: version.commit, blob: version.blob, date: version.date };
  if (!parsed.doc) {
    return { ...base, version: null, valid: false, operations: 0, added: 0, removed: 0, breaking: 0, semver_status: null };
  }
  const doc = parsed.doc;
  const operations = countOperations(doc.paths);
  let change = { added: operations, removed: 0, breaking: 0 };
  if (lastValid >= 0) {
    const previous = docs.peek(lastValid)!;
    change =
      live[lastValid]!.blob === version.blob
        ? { added: 0, removed: 0, breaking: 0 }
        : counts(diffs.get({ blob: live[lastValid]!.blob, doc: previous.doc! }, { blob: version.blob, doc }));
  }
  const chain = [...chainOf(summaries.slice(0, index)), { valid: true, version: versionOf(doc) }];
  const semver = evaluateAgainst(chain, index, baseline >= 0 ? baseline : null, lastValid >= 0 ? lastValid : null, (from, to) =>
    diffs.get({ blob: live[from]!.blob, doc: docs.peek(from)!.doc! }, { blob: live[to]!.blob, doc }).breaking,
  );
  return { ...base, version: versionOf(doc), valid: true, operations, ...change, semver_status: semver.status };
}

function counts(diff: OpenApiDiff): { added: number; removed: number; breaking: number } {
  return { added: diff.operations.added.length, removed: diff.operations.removed.length, breaking: diff.breaking };
}

function readCache(text: string | undefined): SpecVersionSummary[] {
  if (!text) return [];
  try {
    const parsed = cacheSchema.safeParse(JSON.parse(text));
    // A cache from other rules, or one that does not parse, is simply redone.
    return parsed.success && parsed.data.engine === ENGINE_FINGERPRINT ? parsed.data.versions : [];
  } catch {
    return [];
  }
}

function lastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}
