import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { cleanupOnInterrupt } from '../core/cleanup.ts';
import { InputError } from '../core/errors.ts';
import type { OutputFile } from '../model/output-file.ts';

/**
 * A new output folder written beside the old one and swapped in only when the whole build has
 * succeeded, so a failed build never leaves a half-written `dist/` and never loses what was
 * published before.
 */
export interface StagedOutput {
  /** The folder to write into. */
  readonly dir: string;
  /** Swaps the staged folder in for the old one (two renames). */
  publish(): void;
  /** Removes the staged folder; the old output stays as it was. */
  discard(): void;
}

/**
 * Creates the staging folder beside `outDir` (mode 0755, as a published folder should be), after
 * removing stagings that a killed build left there: they are govpages' own by their name, which
 * carries the process id, so a build running at the same time keeps its own.
 */
export function stageOutput(outDir: string): StagedOutput {
  const target = resolve(outDir);
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const blocking = nearestExisting(dirname(target));
    const reason =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'is not a folder, so the output folder cannot be created in it'
        : `cannot hold the output folder (${code ?? 'error'})`;
    throw new InputError(`${reason} (expected --out to name a folder); nothing was changed`, { file: blocking });
  }
  removeStaleStagings(target);
  const dir = mkdtempSync(join(dirname(target), stagingPrefix(target)));
  chmodSync(dir, 0o755);
  const forget = cleanupOnInterrupt(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    publish() {
      forget();
      const previous = existsSync(target) ? `${dir}.previous` : null;
      if (previous) renameSync(target, previous);
      try {
        renameSync(dir, target);
      } catch (error) {
        if (previous) renameSync(previous, target);
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
      if (previous) rmSync(previous, { recursive: true, force: true });
    },
    discard() {
      forget();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function writeFiles(directory: string, files: readonly OutputFile[]): void {
  for (const file of files) {
    const path = join(directory, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

function stagingPrefix(target: string, pid: number = process.pid): string {
  return `.${basename(target)}.staging-${pid}-`;
}

function removeStaleStagings(target: string): void {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.staging-(\\d+)-[A-Za-z0-9]{6}(\\.previous)?$`);
  for (const name of readdirSync(dirname(target))) {
    const match = pattern.exec(name);
    if (match && !isRunning(Number(match[1]))) rmSync(join(dirname(target), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `path` or its nearest ancestor that exists: what stops a folder from being created there. */
function nearestExisting(path: string): string {
  let current = path;
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}
