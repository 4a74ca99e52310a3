import { compareStrings } from '../../core/compare.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { globby } from 'globby';
import { findHardcodedPorts, portOwners, type PortHit } from '../../metrics/ports/scan.ts';
import type { RegistryRecord } from './registry-schema.ts';

/** File kinds `ports scan` reads: compose and other YAML, .env files, JS/TS and Python. */
export const SCAN_PATTERNS = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,py,yaml,yml}', '**/.env', '**/.env.*', '**/*.env'];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/.venv/**', '**/__pycache__/**'];

export interface ScanHit extends PortHit {
  /** Services of the registry that own the port; empty when the registry does not know it. */
  owners: string[];
}

export interface ScanResult {
  files_scanned: number;
  registry: string | null;
  /** Hits sorted by file, line, port. */
  hits: ScanHit[];
}

/** Scans `dir` for hard-coded ports (I/O: globby + reads), skipping `exclude` and the registry itself. */
export async function scanDirectory(dir: string, registry: RegistryRecord | null, exclude: string[], registryPath: string | null): Promise<ScanResult> {
  const ignore = [...ALWAYS_SKIPPED, ...exclude.flatMap((pattern) => [pattern, `**/${pattern}`])];
  if (registryPath) ignore.push(registryPath);
  const files = (await globby(SCAN_PATTERNS, { cwd: dir, dot: true, ignore, onlyFiles: true, followSymbolicLinks: false })).sort();
  const owners = registry ? portOwners(registry.services) : new Map<number, string[]>();
  const hits: ScanHit[] = [];
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    if (text.includes('\0')) continue;
    for (const hit of findHardcodedPorts(text, file)) hits.push({ ...hit, owners: owners.get(hit.port) ?? [] });
  }
  hits.sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.port - b.port);
  return { files_scanned: files.length, registry: registry?.file ?? null, hits };
}
