import { z } from 'zod';
import { jsonLines } from '../../core/json.ts';
import { parseJsonLines } from '../../core/validation.ts';

/**
 * The stability history: one record per build ("run"), kept as JSONL on the state branch
 * (`api/stability-history.jsonl`). A run is stable when the spec was read and nothing breaking
 * changed since the previous run.
 */
export const stabilityRecordSchema = z.strictObject({
  /** HEAD commit the run was built from (full id). */
  commit: z.string().regex(/^[0-9a-f]{7,64}$/, 'a hexadecimal commit id'),
  /** ISO 8601 UTC: the build's `now` (backfilled runs: the commit's date). */
  time: z.string().min(1),
  /** Blob id of the spec the run read, null for a placeholder run; the next run diffs against it. */
  spec_blob: z.string().nullable(),
  /** `info.version` of the spec the run read, null when absent or placeholder. */
  version: z.string().nullable(),
  /** Breaking findings since the previous run. */
  breaking: z.number().int().min(0),
  operations_added: z.number().int().min(0),
  operations_removed: z.number().int().min(0),
  /** The spec could not be read or parsed: the run published placeholder metrics. */
  placeholder: z.boolean(),
  /** See `scoreRun`. */
  score: z.number().min(0).max(1),
});

export type StabilityRecord = z.infer<typeof stabilityRecordSchema>;

/**
 * Score of one run: 1 when the spec was read and no breaking change landed since the previous run,
 * 0 for a placeholder run or a run with any breaking change. Binary today; `window_mean_score`
 * averages it so a finer score can come later without changing the metrics file.
 */
export function scoreRun(run: { placeholder: boolean; breaking: number }): number {
  return run.placeholder || run.breaking > 0 ? 0 : 1;
}

export function isStable(record: Pick<StabilityRecord, 'score'>): boolean {
  return record.score >= 1;
}

/** Parses the JSONL history; an invalid line is an InputError naming the file and line. */
export function parseHistory(text: string, file: string): StabilityRecord[] {
  return parseJsonLines(stabilityRecordSchema, text, file, 'stability record');
}

/** JSONL: one compact sorted-key line per record, each ending with a newline. */
export function serializeHistory(records: readonly StabilityRecord[]): string {
  return jsonLines(records);
}

/**
 * Adds the run of `record.commit`: a rebuild of a commit already in the history replaces its line
 * (so two builds of one commit give the same file), otherwise the run is appended.
 */
export function upsertRun(records: readonly StabilityRecord[], record: StabilityRecord): StabilityRecord[] {
  const index = records.findIndex((existing) => existing.commit === record.commit);
  if (index < 0) return [...records, record];
  return [...records.slice(0, index), record, ...records.slice(index + 1)];
}

/** The runs before `commit`'s own run (all runs when it has none): what a rebuild compares with. */
export function runsBefore(records: readonly StabilityRecord[], commit: string): StabilityRecord[] {
  const index = records.findIndex((existing) => existing.commit === commit);
  return index < 0 ? [...records] : records.slice(0, index);
}

/** Consecutive placeholder runs at the end of the history. Any real run resets it to 0. */
export function placeholderStreak(records: readonly Pick<StabilityRecord, 'placeholder'>[]): number {
  let streak = 0;
  for (let i = records.length - 1; i >= 0 && records[i]!.placeholder; i--) streak++;
  return streak;
}
