import { jsonLines } from '../../core/json.ts';
import { parseJsonLines } from '../../core/validation.ts';
import { type SpecVersionSummary, type StabilityRecord, stabilityRecordSchema } from '../../model/api.ts';

/**
 * The stability history: one record per build ("run"), kept as JSONL on the state branch
 * (`api/stability-history.jsonl`); its line is `stabilityRecordSchema` (model/api.ts).
 */

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

/**
 * The runs of earlier builds: the history kept on the state branch (`text`, from `file`), or, for a
 * repository without one yet, a run backfilled from each version of the spec.
 */
export function previousRuns(text: string | undefined, file: string, versions: readonly SpecVersionSummary[]): StabilityRecord[] {
  return text?.trim() ? parseHistory(text, file) : backfillRuns(versions);
}

/** A repository without history yet: one run per version of the spec, as if built at each. */
export function backfillRuns(versions: readonly SpecVersionSummary[]): StabilityRecord[] {
  return versions.map((version) => {
    const placeholder = !version.valid;
    return {
      commit: version.commit,
      time: version.date,
      spec_blob: placeholder ? null : version.blob,
      version: version.version,
      breaking: version.breaking,
      operations_added: version.added,
      operations_removed: version.removed,
      placeholder,
      score: scoreRun({ placeholder, breaking: version.breaking }),
    };
  });
}

/** Consecutive placeholder runs at the end of the history. Any real run resets it to 0. */
export function placeholderStreak(records: readonly Pick<StabilityRecord, 'placeholder'>[]): number {
  let streak = 0;
  for (let i = records.length - 1; i >= 0 && records[i]!.placeholder; i--) streak++;
  return streak;
}
