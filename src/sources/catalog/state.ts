import { z } from 'zod';
import type { StateFiles } from '../../git/index.ts';
import type { CheckpointState } from '../../metrics/catalog/checkpoint.ts';
import { stableJson } from '../../json.ts';
import { parseJson, parseWith } from '../../validation.ts';

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
  const historyText = files.get(STATE_FILES.history) ?? '';
  const history = historyText
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, index }) => {
      const file = `${branch}:${STATE_FILES.history} line ${index + 1}`;
      return parseWith(historySchema, parseJson(line, file), file);
    });
  return { latest: read(STATE_FILES.latest), previous: read(STATE_FILES.previous), history };
}

/** The state files to keep (path -> content); `previous` is left out when there is none. */
export function checkpointStateFiles(state: CheckpointState): Record<string, string> {
  const files: Record<string, string> = {};
  if (state.latest) files[STATE_FILES.latest] = stableJson(state.latest);
  if (state.previous) files[STATE_FILES.previous] = stableJson(state.previous);
  if (state.history.length) files[STATE_FILES.history] = state.history.map((entry) => JSON.stringify(sorted(entry))).join('\n') + '\n';
  return files;
}

function sorted(entry: object): object {
  return Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : 1)));
}
