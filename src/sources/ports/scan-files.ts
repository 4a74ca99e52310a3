import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../../core/errors.ts';
import type { PortHit } from '../../model/ports.ts';
import { workTreeFiles } from '../work-tree.ts';
import { findHardcodedPorts } from './scan-text.ts';

/**
 * The directory walk of `govpages ports scan DIR` (I/O). It reads the work tree on purpose: the
 * scan is a check of the files at hand, like `lint`, not part of a build.
 */

/** File kinds `ports scan` reads: compose and other YAML, .env files, JS/TS and Python. */
export const SCAN_PATTERNS = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,py,yaml,yml}', '**/.env', '**/.env.*', '**/*.env'];
/** Besides .git and node_modules, which the work-tree listing never enters. */
const ALWAYS_SKIPPED = ['**/dist/**', '**/.venv/**', '**/__pycache__/**'];

/** `dir` resolved against `cwd`; bad input when there is nothing there to scan. */
export function directoryToScan(cwd: string, dir: string): string {
  const root = resolve(cwd, dir);
  if (!existsSync(root)) throw new InputError('directory not found (expected a directory to scan)', { file: dir });
  if (!statSync(root).isDirectory()) throw new InputError('is not a directory (expected a directory to scan)', { file: dir });
  return root;
}

/**
 * Every hard-coded port in the text files under `root`, in file order, skipping `exclude` and the
 * registry itself (`registryPath`, relative to `root`). Binary files count as scanned but hold no hits.
 */
export async function scanDirectory(
  root: string,
  exclude: readonly string[],
  registryPath: string | null,
): Promise<{ files_scanned: number; hits: PortHit[] }> {
  const skipped = [...ALWAYS_SKIPPED, ...exclude.flatMap((pattern) => [pattern, `**/${pattern}`]), ...(registryPath ? [registryPath] : [])];
  const tree = workTreeFiles(root);
  const files = await tree.match([...SCAN_PATTERNS, ...skipped.map((pattern) => `!${pattern}`)]);
  const hits: PortHit[] = [];
  for await (const file of tree.read(files)) {
    const text = file.content.toString('utf8');
    if (!text.includes('\0')) hits.push(...findHardcodedPorts(text, file.path));
  }
  return { files_scanned: files.length, hits };
}
