import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PortsSourceConfig } from '../../config/sources/ports.ts';
import { InputError } from '../../core/errors.ts';
import { decodeText } from '../../core/text.ts';
import { workTreeFiles } from '../work-tree.ts';
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

/**
 * The parsed registry and its absolute path, or null when it is optional and absent. The configured
 * path is read as every work-tree input is (`sources/work-tree.ts`: no link out of the repository);
 * a `--registry FILE` the caller names is the caller's choice, read where it is.
 */
export async function readWorkTreeRegistry(options: WorkTreeRegistryOptions): Promise<{ registry: RegistryRecord; absolute: string } | null> {
  const { cwd, repoDir, explicit, source, required } = options;
  const path = explicit ? resolve(cwd, explicit) : join(repoDir, source.path);
  const shown = explicit ?? source.path;
  const content = explicit ? readExplicit(path, shown) : await workTreeFiles(repoDir).readFile(source.path);
  if (content === null) {
    if (!required && !explicit) return null;
    throw new InputError('port registry not found (expected a registry.yaml; pass --registry FILE or set sources.ports.path)', { file: shown });
  }
  return { registry: parseRegistry(decodeText(content, shown), shown), absolute: path };
}

function readExplicit(path: string, shown: string): Buffer | null {
  if (!existsSync(path)) return null;
  if (!statSync(path).isFile())
    throw new InputError('is not a file (expected a registry.yaml; pass --registry FILE or set sources.ports.path)', { file: shown });
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(`cannot read the port registry (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file: shown });
  }
}
