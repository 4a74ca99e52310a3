import { compareStrings } from '../../core/compare.ts';
import { decodeText } from '../../core/text.ts';
import type { Snapshot } from '../../git/index.ts';
import type { GateRecord } from '../../model/gates.ts';
import { parseGateFile } from './parse-gate-file.ts';

/** Extensions of gate record files: `*.json` (a record or an array) and `*.jsonl`. */
export const GATE_FILE_EXTENSIONS = ['.json', '.jsonl'] as const;

/**
 * Every gate record under `path` (a folder, or one file) in the commit being built, oldest first
 * (ties by run, gate name, file): one `git cat-file --batch` stream for all the files.
 */
export async function readGateRecords(snapshot: Snapshot, path: string): Promise<GateRecord[]> {
  const records: GateRecord[] = [];
  for await (const file of snapshot.read(snapshot.under(path, GATE_FILE_EXTENSIONS))) {
    records.push(...parseGateFile(decodeText(file.content, file.path), file.path));
  }
  return sortRecords(records);
}

export function sortRecords(records: readonly GateRecord[]): GateRecord[] {
  return [...records].sort(
    (a, b) => compareStrings(a.time, b.time) || compareStrings(a.run, b.run) || compareStrings(a.gate, b.gate) || compareStrings(a.file, b.file),
  );
}
