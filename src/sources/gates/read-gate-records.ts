import type { Repository } from '../../git/index.ts';
import type { GateRecord } from '../../model/gates.ts';
import { readHeadFiles, repositoryPath } from './head-files.ts';
import { parseGateFile } from './parse-gate-file.ts';

/** Every gate record under the configured path at HEAD, oldest first (ties by gate name, file). */
export async function readGateRecords(repo: Repository, configuredPath: string): Promise<GateRecord[]> {
  const path = repositoryPath(configuredPath, 'sources.gates.path');
  const files = await readHeadFiles(repo, path, ['.json', '.jsonl']);
  return sortRecords(files.flatMap((file) => parseGateFile(file.text, file.path)));
}

export function sortRecords(records: GateRecord[]): GateRecord[] {
  return [...records].sort(
    (a, b) => compare(a.time, b.time) || compare(a.run, b.run) || compare(a.gate, b.gate) || compare(a.file, b.file),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
