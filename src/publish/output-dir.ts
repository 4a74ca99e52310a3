import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathInside } from '../core/repo-path.ts';

/**
 * The output folder is govpages' own: it is replaced whole on every build, so govpages must never
 * be pointed at anything it did not write. A folder is govpages' own when it holds the checksum
 * bundle govpages writes into every build (`status/checksums.json` with an aggregate), which no
 * other tool writes and which cannot be left out of a build.
 */
export type OutputDirState = 'missing' | 'file' | 'empty' | 'govpages' | 'other';

const OWN_MARKER = 'status/checksums.json';

/** What is at `out` now (I/O: reads the folder). */
export function inspectOutputDir(out: string): OutputDirState {
  if (!existsSync(out)) return 'missing';
  if (!statSync(out).isDirectory()) return 'file';
  if (readdirSync(out).length === 0) return 'empty';
  try {
    const marker = JSON.parse(readFileSync(join(out, OWN_MARKER), 'utf8')) as { aggregate_sha256?: unknown };
    return typeof marker.aggregate_sha256 === 'string' ? 'govpages' : 'other';
  } catch {
    return 'other';
  }
}

export interface OutputDirFacts {
  /** Absolute output folder. */
  out: string;
  state: OutputDirState;
  /** Absolute top level of the repository being built. */
  repoRoot: string;
  /** The command's working directory, when a command line gave the folder. */
  cwd?: string;
  /** Whether git tracks any file at or under `out` (only asked when it is inside the repository). */
  tracked: boolean;
}

/** Why `out` may not be replaced, or null when it may (pure). */
export function outputDirProblem(facts: OutputDirFacts): string | null {
  const { out, state, repoRoot } = facts;
  const fromRepo = pathInside(repoRoot, out);
  if (fromRepo === '') return 'is the repository itself (expected a folder of its own, e.g. dist)';
  if (pathInside(out, repoRoot) !== null) return 'contains the repository (expected a folder of its own, e.g. dist)';
  if (facts.cwd !== undefined && pathInside(facts.cwd, out) === '') return 'is the current directory (expected a folder of its own, e.g. --out dist)';
  if (state === 'file') return 'is a file (expected a folder)';
  if (fromRepo !== null && facts.tracked)
    return 'holds files tracked by git in the repository (expected a folder of its own, e.g. dist, untracked or in .gitignore)';
  if (state === 'other')
    return `is not empty and was not written by govpages (no ${OWN_MARKER}); govpages replaces its output folder whole, so it only replaces its own (expected an empty or new folder)`;
  return null;
}
