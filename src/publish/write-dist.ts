import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { OutputFile } from '../model/output-file.ts';

/**
 * Writes a whole new output directory next to the old one, then swaps it in with renames, so a
 * failed build never leaves a half-written `dist/` and never loses what was published before.
 */
export async function writeDirectoryAtomically(outDir: string, fill: (staging: string) => Promise<void>): Promise<void> {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.staging-`));
  try {
    await fill(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = existsSync(target) ? `${staging}.previous` : null;
  if (previous) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (previous) renameSync(previous, target);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (previous) rmSync(previous, { recursive: true, force: true });
}

export function writeFiles(directory: string, files: readonly OutputFile[]): void {
  for (const file of files) {
    const path = join(directory, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}
