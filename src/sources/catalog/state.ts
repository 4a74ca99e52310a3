import { z } from 'zod';
import type { StateFiles } from '../../git/index.ts';
import type { CheckpointState } from '../../metrics/catalog/checkpoint.ts';
import { jsonLines, stableJson } from '../../core/json.ts';
import { parseJson, parseJsonLines, parseWith } from '../../core/validation.ts';

/** State files of the catalog kind on the state branch. */
export const STATE_FILES = {
  latest: 'catalog/checkpoint-latest.json',
  previous: 'catalog/checkpoint-previous.json',
  history: 'catalog/checkpoint-history.jsonl',
} as const;

const checkpointSchema = z.object({
  checkpoint_version: z.literal(1),
  commit: z.string().min(1),
  created_at: z.string().min(1),
  baseline: z.boolean(),
  backfilled: z.boolean(),
  summary: z.object({ total: z.number(), compliant: z.number(), non_compliant: z.number() }),
  repositories: z.record(
    z.string(),
    z.object({
      tier: z.number().nullable(),
      compliant: z.boolean(),
      violations: z.number(),
      warnings: z.number(),
      files: z.record(z.string(), z.string()),
    }),
  ),
});

const historySchema = z.object({
  commit: z.string().min(1),
  created_at: z.string().min(1),
  baseline: z.boolean(),
  total: z.number(),
  compliant: z.number(),
  non_compliant: z.number(),
});

/** Reads the checkpoints back from the state branch; a damaged file is bad input naming it. */
export function readCheckpointState(files: StateFiles, branch: string): CheckpointState {
  const read = (path: string) => {
    const text = files.get(path);
    const file = `${branch}:${path}`;
    return text === undefined ? null : parseWith(checkpointSchema, parseJson(text, file), file);
  };
  const history = parseJsonLines(historySchema, files.get(STATE_FILES.history) ?? '', `${branch}:${STATE_FILES.history}`, 'checkpoint summary');
  return { latest: read(STATE_FILES.latest), previous: read(STATE_FILES.previous), history };
}

/** The state files to keep (path -> content); `previous` is left out when there is none. */
export function checkpointStateFiles(state: CheckpointState): Record<string, string> {
  const files: Record<string, string> = {};
  if (state.latest) files[STATE_FILES.latest] = stableJson(state.latest);
  if (state.previous) files[STATE_FILES.previous] = stableJson(state.previous);
  if (state.history.length) files[STATE_FILES.history] = jsonLines(state.history);
  return files;
}

