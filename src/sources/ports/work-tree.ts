import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PortsSourceConfig } from '../../config/sources/ports.ts';
import { InputError } from '../../core/errors.ts';
import { parseRegistry } from './parse.ts';
import type { RegistryRecord } from './registry-schema.ts';

/**
 * The registry as `govpages ports check|scan` see it: in the work tree (I/O), like `lint`, so an
 * edit is checked before it is committed. A build reads the committed registry (`read.ts`).
 */

export interface WorkTreeRegistryOptions {
  /** Directory `explicit` is relative to. */
  cwd: string;
  /** Directory the configured path is relative to. */
  repoDir: string;
  /** `--registry FILE`, which wins over the config. */
  explicit?: string | undefined;
  source: PortsSourceConfig;
  /** A missing registry is bad input (else null, unless `explicit` named it). */
  required: boolean;
}

/** The parsed registry and its absolute path, or null when it is optional and absent. */
export function readWorkTreeRegistry(options: WorkTreeRegistryOptions): { registry: RegistryRecord; absolute: string } | null {
  const { cwd, repoDir, explicit, source, required } = options;
  const path = explicit ? resolve(cwd, explicit) : join(repoDir, source.path);
  const shown = explicit ?? source.path;
  if (!existsSync(path)) {
    if (!required && !explicit) return null;
    throw new InputError('port registry not found (expected a registry.yaml; pass --registry FILE or set sources.ports.path)', { file: shown });
  }
  if (!statSync(path).isFile())
    throw new InputError('is not a file (expected a registry.yaml; pass --registry FILE or set sources.ports.path)', { file: shown });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the port registry (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file: shown });
  }
  return { registry: parseRegistry(text, shown), absolute: path };
}
