import { compareStrings } from '../../core/compare.ts';
import type { Repository } from '../../git/index.ts';
import type { GateRecord } from '../../model/gates.ts';
import { readHeadFiles } from './head-files.ts';
import { parseGateFile } from './parse-gate-file.ts';

/** Every gate record under the configured path at HEAD, oldest first (ties by gate name, file). */
export async function readGateRecords(repo: Repository, path: string): Promise<GateRecord[]> {
  const files = await readHeadFiles(repo, path, ['.json', '.jsonl']);
  return sortRecords(files.flatMap((file) => parseGateFile(file.text, file.path)));
}

export function sortRecords(records: GateRecord[]): GateRecord[] {
  return [...records].sort(
    (a, b) => compareStrings(a.time, b.time) || compareStrings(a.run, b.run) || compareStrings(a.gate, b.gate) || compareStrings(a.file, b.file),
  );
}

