import { parseJson, parseJsonLines, parseWith } from '../../core/validation.ts';
import type { StateFiles } from '../../git/index.ts';
import { type CheckpointState, checkpointHistoryEntrySchema, checkpointSchema } from '../../model/catalog.ts';

/** The catalog kind's folder on the state branch: the branch holds every kind's state. */
export const STATE_FOLDER = 'catalog/';

/** State files of the catalog kind on the state branch. */
export const STATE_FILES = {
  latest: `${STATE_FOLDER}checkpoint-latest.json`,
  previous: `${STATE_FOLDER}checkpoint-previous.json`,
  history: `${STATE_FOLDER}checkpoint-history.jsonl`,
} as const;

/** Reads the checkpoints back from the state branch; a damaged file is bad input naming it. */
export function readCheckpointState(files: StateFiles, branch: string): CheckpointState {
  const read = (path: string) => {
    const text = files.get(path);
    const file = `${branch}:${path}`;
    return text === undefined ? null : parseWith(checkpointSchema, parseJson(text, file), file);
  };
  const history = parseJsonLines(checkpointHistoryEntrySchema, files.get(STATE_FILES.history) ?? '', `${branch}:${STATE_FILES.history}`, 'checkpoint summary');
  return { latest: read(STATE_FILES.latest), previous: read(STATE_FILES.previous), history };
}
